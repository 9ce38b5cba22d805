using System.Globalization;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Services.Live;

/// <summary>Reads a launchd job's state with <c>launchctl print gui/&lt;uid&gt;/&lt;label&gt;</c>.</summary>
public sealed class LaunchctlProbe(IProcessRunner runner, string workingDirectory, TimeSpan timeout, LiveOptions options)
{
    private string? uid = options.Uid;

    /// <summary>False once <c>launchctl</c> could not be started: this host has no launchd.</summary>
    public bool Available { get; private set; } = true;

    /// <summary>The job's status.</summary>
    public ServiceStatus Probe(ServiceDefinition service)
    {
        uid ??= UserId();
        var result = runner.Run("launchctl", ["print", $"gui/{uid}/{service.Label}"], workingDirectory, timeout);
        if (!result.Started)
        {
            Available = false;
            return new ServiceStatus { Problem = "launchctl is not available on this host" };
        }

        if (result.TimedOut || result.ExitCode != 0)
        {
            var why = result.TimedOut ? result.StandardError : FirstLine(result.StandardError + result.StandardOutput);
            return new ServiceStatus { Problem = $"not loaded (launchctl: {why})" };
        }

        var fields = TopLevelFields(result.StandardOutput);
        var lastRun = service.LogPaths.Select(options.LastWriteTime).Where(t => t is not null).Max();
        return new ServiceStatus
        {
            Loaded = true,
            State = fields.GetValueOrDefault("state", ""),
            Pid = int.TryParse(fields.GetValueOrDefault("pid"), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0 ? pid : null,
            LastExitCode = int.TryParse(fields.GetValueOrDefault("last exit code"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code : null,
            LastRun = lastRun,
        };
    }

    /// <summary>The <c>key = value</c> lines of the job's own block (nested blocks skipped).</summary>
    public static Dictionary<string, string> TopLevelFields(string output)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var depth = 0;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            if (line.EndsWith('{'))
            {
                depth++;
                continue;
            }

            if (line.StartsWith('}'))
            {
                depth--;
                continue;
            }

            var eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (depth == 1 && eq > 0)
            {
                fields.TryAdd(line[..eq], line[(eq + 3)..].Trim());
            }
        }

        return fields;
    }

    private string UserId()
    {
        var id = runner.Run("id", ["-u"], workingDirectory, timeout);
        return id.Succeeded ? id.StandardOutput.Trim() : "0";
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim() is { Length: > 0 } line ? line : "no output";
}
