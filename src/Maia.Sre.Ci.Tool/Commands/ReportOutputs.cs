using System.Runtime.CompilerServices;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Reports.GitHub;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>The reports a run was asked to write, after the run: to standard output (<c>-</c>) or a path (see <see cref="AtomicFile"/>).</summary>
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
        var named = new[] { json, sarif, junit }.OfType<string>().ToList();
        if (named.Count(p => p == StandardOutput) > 1)
        {
            throw new UsageException($"only one report can go to standard output ('{StandardOutput}')");
        }

        var files = named.Where(p => p != StandardOutput).Select(p => Path.GetFullPath(p, env.CurrentDirectory)).ToList();
        if (files.Distinct(StringComparer.Ordinal).Count() != files.Count)
        {
            throw new UsageException("each report needs its own file: two report options name the same path");
        }
    }

    /// <summary>The path that stands for standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>True when a report goes to standard output (the text output is then left out).</summary>
    public bool ReportToStandardOutput => json == StandardOutput || sarif == StandardOutput || junit == StandardOutput;

    /// <summary>True when GitHub Actions annotations and the step summary are wanted.</summary>
    public bool GitHub { get; }

    /// <summary>Reads the report options.</summary>
    public static ReportOutputs From(ParsedArguments args, CliEnvironment env) => new(env, args);

    /// <summary>Writes every requested report.</summary>
    public void Write(RunResult result, bool criticalOnly)
    {
        if (json is not null)
        {
            WriteReport(json, result, stream => JsonReportWriter.Write(result, stream, criticalOnly));
        }

        if (sarif is not null)
        {
            WriteSarif(sarif, result, criticalOnly);
        }

        if (junit is not null)
        {
            WriteReport(junit, result, stream => JUnitReportWriter.Write(result, stream, criticalOnly));
        }
    }

    /// <summary>Writes one report to <paramref name="path"/> as given: <c>-</c> is standard output, anything else a path (see <see cref="AtomicFile"/>).</summary>
    public static void WriteTo(string path, RunResult result, CliEnvironment env, Action<Stream> write)
    {
        if (path == StandardOutput)
        {
            using var stdout = env.OpenStandardOutput();
            write(stdout);
            return;
        }

        AtomicFile.Write(Resolve(path, result, env.CurrentDirectory), write, path);
    }

    private void WriteReport(string path, RunResult result, Action<Stream> write) => WriteTo(path, result, env, write);

    /// <summary>
    /// When <see cref="GitHub"/>: annotations on the log (standard error when a report owns standard output), the step
    /// summary, and the step's outputs (<see cref="StepOutputs"/>).
    /// </summary>
    public void WriteGitHub(RunResult result)
    {
        if (!GitHub)
        {
            return;
        }

        GitHubAnnotations.Write(result, ReportToStandardOutput ? env.Error : env.Out);
        if (env.GetVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            var links = new SourceLinks(env.GetVariable("GITHUB_SERVER_URL"), env.GetVariable("GITHUB_REPOSITORY"), env.GetVariable("GITHUB_SHA"));
            StepSummary.Append(summary, StepSummaryWriter.Write(result, links, command));
        }

        if (env.GetVariable("GITHUB_OUTPUT") is { Length: > 0 } outputs)
        {
            StepSummary.Append(outputs, StepOutputs.Write(result).TrimEnd('\n'));
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

    // Kept out of line so the SARIF SDK is loaded only when a SARIF report is asked for.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteSarif(string path, RunResult result, bool criticalOnly)
    {
        var options = new Sarif.SarifOptions
        {
            Category = sarifCategory,
            CriticalOnly = criticalOnly,
            StartTimeUtc = startTimeUtc,
            EndTimeUtc = startTimeUtc is null ? null : DateTime.UtcNow,
        };
        WriteReport(path, result, stream => Sarif.SarifReportWriter.Write(result, stream, options));
    }
}
