using System.Diagnostics;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>Runs a program to completion and captures its exit code and output.</summary>
public static class ChildProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(string program, IEnumerable<string> args, string cwd, IReadOnlyDictionary<string, string?>? environment = null, int timeoutSeconds = 300)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        // The test host runs under MSBuild-related variables that must not leak into the builds the tests start.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        using var p = Process.Start(info)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeoutSeconds} s");
        }

        return new Outcome(p.ExitCode, output.Result, error.Result);
    }
}
