using System.Runtime.CompilerServices;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Reports.GitHub;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>The report files a run was asked to write, each written atomically after the run.</summary>
public sealed class ReportOutputs
{
    private readonly CliEnvironment env;
    private readonly string? json;
    private readonly string? sarif;
    private readonly string? junit;
    private readonly string? sarifCategory;
    private readonly DateTime? startTimeUtc;
    private readonly string command;

    private ReportOutputs(CliEnvironment env, ParsedArguments args)
    {
        this.env = env;
        command = "maia-sre " + args.Command;
        json = args.Value(CommonOptions.Json.Name);
        sarif = args.Value(ReportOptions.Sarif.Name);
        junit = args.Value(ReportOptions.JUnit.Name);
        sarifCategory = args.Value(ReportOptions.SarifCategory.Name);
        startTimeUtc = args.Flag(ReportOptions.SarifTimestamps.Name) ? DateTime.UtcNow : null;
        GitHub = args.Flag(ReportOptions.GitHub.Name) || string.Equals(env.GetVariable("GITHUB_ACTIONS"), "true", StringComparison.Ordinal);
        var files = new[] { json is "-" ? null : json, sarif, junit }.OfType<string>().Select(p => Path.GetFullPath(p, env.CurrentDirectory)).ToList();
        if (files.Distinct(StringComparer.Ordinal).Count() != files.Count)
        {
            throw new UsageException("each report needs its own file: two report options name the same path");
        }
    }

    /// <summary>True when the JSON report goes to standard output (text output is then suppressed).</summary>
    public bool JsonToStandardOutput => json == "-";

    /// <summary>True when GitHub Actions annotations and the step summary are wanted.</summary>
    public bool GitHub { get; }

    /// <summary>Reads the report options.</summary>
    public static ReportOutputs From(ParsedArguments args, CliEnvironment env) => new(env, args);

    /// <summary>Writes every requested report.</summary>
    public void Write(RunResult result, bool criticalOnly)
    {
        if (json == "-")
        {
            using var stdout = env.OpenStandardOutput();
            JsonReportWriter.Write(result, stdout, criticalOnly);
        }
        else if (json is not null)
        {
            AtomicFile.Write(Resolve(json, result), stream => JsonReportWriter.Write(result, stream, criticalOnly), json);
        }

        if (sarif is not null)
        {
            WriteSarif(Resolve(sarif, result), sarif, result, criticalOnly);
        }

        if (junit is not null)
        {
            AtomicFile.Write(Resolve(junit, result), stream => JUnitReportWriter.Write(result, stream, criticalOnly), junit);
        }
    }

    /// <summary>Annotations on the log (standard error when JSON owns standard output) and the step summary, when <see cref="GitHub"/>.</summary>
    public void WriteGitHub(RunResult result)
    {
        if (!GitHub)
        {
            return;
        }

        GitHubAnnotations.Write(result, JsonToStandardOutput ? env.Error : env.Out);
        if (env.GetVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            var links = new SourceLinks(env.GetVariable("GITHUB_SERVER_URL"), env.GetVariable("GITHUB_REPOSITORY"), env.GetVariable("GITHUB_SHA"));
            StepSummary.Append(summary, StepSummaryWriter.Write(result, links, command));
        }
    }

    /// <summary>The absolute report path; refuses to overwrite a file the run scanned.</summary>
    public static string Resolve(string path, RunResult result, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        var relative = Path.GetRelativePath(result.Root, full).Replace('\\', '/');
        if (result.Checks.Any(c => c.Subject == relative))
        {
            throw new ReportWriteException(path, "it is one of the scanned sources; choose another path");
        }

        return full;
    }

    private string Resolve(string path, RunResult result) => Resolve(path, result, env.CurrentDirectory);

    // Kept out of line so the SARIF SDK is loaded only when a SARIF report is asked for.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteSarif(string path, string shownAs, RunResult result, bool criticalOnly)
    {
        var options = new Sarif.SarifOptions
        {
            Category = sarifCategory,
            CriticalOnly = criticalOnly,
            StartTimeUtc = startTimeUtc,
            EndTimeUtc = startTimeUtc is null ? null : DateTime.UtcNow,
        };
        AtomicFile.Write(path, stream => Sarif.SarifReportWriter.Write(result, stream, options), shownAs);
    }
}
