using System.Diagnostics;

namespace Maia.Sre.Ci.TestSupport;

/// <summary>Runs the built <c>maia-sre</c> (copied next to the test assembly) as a real process.</summary>
public static class MaiaProcess
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        /// <summary>True when standard error shows a .NET stack trace (never acceptable on user input).</summary>
        public bool HasStackTrace => Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Unhandled exception", StringComparison.Ordinal);
    }

    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "maia-sre.dll");

    /// <summary>Starts the tool; the caller owns the process.</summary>
    public static Process Start(string cwd, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? runAs = null)
    {
        var info = new ProcessStartInfo(runAs is null ? "dotnet" : "setpriv")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        if (runAs is not null)
        {
            // Run as an unprivileged user so permission bits apply (CI runs as root, which bypasses them).
            foreach (var a in new[] { $"--reuid={runAs}", $"--regid={runAs}", "--clear-groups", "--", "/usr/bin/env", "dotnet" })
            {
                info.ArgumentList.Add(a);
            }

            info.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
            info.Environment["HOME"] = Path.GetTempPath();
        }

        if (runAs is null)
        {
            // A test run started in the background inherits SIGINT as ignored, and POSIX keeps it ignored in every
            // child; reset it so signal tests see what an interactive user or a CI runner sees.
            info.FileName = "/usr/bin/env";
            info.ArgumentList.Add("--default-signal=INT,TERM");
            info.ArgumentList.Add("dotnet");
        }

        // Another user runs a copy it can reach: the checkout may be in a private folder (ReachableTool).
        info.ArgumentList.Add(runAs is null || OperatingSystem.IsWindows() ? ToolDll : ReachableTool.Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("GITHUB_STEP_SUMMARY");
        info.Environment.Remove("GITHUB_OUTPUT");
        info.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        var p = Process.Start(info)!;
        p.StandardInput.Close();
        return p;
    }

    public static Result Run(string cwd, params string[] args) => Run(cwd, args, null);

    public static Result Run(string cwd, IEnumerable<string> args, IDictionary<string, string>? environment, string? runAs = null, int timeoutSeconds = 120)
    {
        using var p = Start(cwd, args, environment, runAs);
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(true);
            throw new TimeoutException($"maia-sre {string.Join(' ', args)} did not finish within {timeoutSeconds} s (a hang)");
        }

        return new Result(p.ExitCode, output.Result, error.Result);
    }
}
