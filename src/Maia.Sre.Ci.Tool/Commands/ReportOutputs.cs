using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>The report files a run was asked to write, each written atomically after the run.</summary>
public sealed class ReportOutputs
{
    private readonly CliEnvironment env;
    private readonly string? json;

    private ReportOutputs(CliEnvironment env, string? json)
    {
        this.env = env;
        this.json = json;
    }

    /// <summary>True when the JSON report goes to standard output (text output is then suppressed).</summary>
    public bool JsonToStandardOutput => json == "-";

    /// <summary>Reads the report options.</summary>
    public static ReportOutputs From(ParsedArguments args, CliEnvironment env) => new(env, args.Value(CommonOptions.Json.Name));

    /// <summary>Writes every requested report.</summary>
    public void Write(RunResult result, bool criticalOnly)
    {
        if (json is null)
        {
            return;
        }

        if (json == "-")
        {
            using var stdout = env.OpenStandardOutput();
            JsonReportWriter.Write(result, stdout, criticalOnly);
            return;
        }

        var path = Resolve(json, result);
        AtomicFile.Write(path, stream => JsonReportWriter.Write(result, stream, criticalOnly), json);
    }

    /// <summary>The absolute report path; refuses to overwrite a file the run scanned.</summary>
    private string Resolve(string path, RunResult result)
    {
        var full = Path.GetFullPath(path, env.CurrentDirectory);
        var relative = Path.GetRelativePath(result.Root, full).Replace('\\', '/');
        if (result.Checks.Any(c => c.Subject == relative))
        {
            throw new ReportWriteException(path, "it is one of the scanned sources; choose another path");
        }

        return full;
    }
}
