using System.Diagnostics;
using System.Text.Json;

namespace Maia.Sre.Ci.TestSupport;

/// <summary>
/// The real validators installed by <c>scripts/setup-test-tools.sh</c>, found through <c>.tools/env.sh</c> (or the
/// environment): the SARIF multitool and xmllint. Tests are skipped, with the fix, when they are missing.
/// </summary>
public static class Validators
{
    private static readonly Lazy<Dictionary<string, string>> Tools = new(ReadEnvFile);

    /// <summary>The junit-10 schema the JUnit reports must satisfy.</summary>
    public static string JUnitSchema => Path.Combine(RepoPaths.Root, "tests", "schemas", "junit-10.xsd");

    /// <summary>Validates a SARIF file with <c>--rule-kind "Sarif;Gh"</c>; returns the error and warning results (warnings have no level).</summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings) Sarif(string sarifFile)
    {
        var tool = Require("SARIF_MULTITOOL");
        var output = sarifFile + ".validation.sarif";
        var (code, stdout, stderr) = Run(tool, "validate", sarifFile, "--rule-kind", "Sarif;Gh", "--log", "ForceOverwrite", "-o", output);
        Assert.That(code, Is.EqualTo(0), $"the SARIF multitool could not run: {stdout}{stderr}");
        using var log = JsonDocument.Parse(File.ReadAllBytes(output));
        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
            var text = result.GetRawText();
            (level == "error" ? errors : level == "warning" ? warnings : []).Add(text);
        }

        return (errors, warnings);
    }

    /// <summary>Validates a JUnit file against junit-10.xsd; returns xmllint's schema error lines (empty when valid).</summary>
    public static IReadOnlyList<string> JUnit(string xmlFile)
    {
        var (code, _, stderr) = Run(Require("XMLLINT"), "--noout", "--schema", JUnitSchema, xmlFile);
        var errors = stderr.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).ToList();
        if (code != 0 && errors.Count == 0)
        {
            errors.Add($"xmllint exited {code}: {stderr}");
        }

        return errors;
    }

    private static string Require(string variable)
    {
        if (Tools.Value.TryGetValue(variable, out var path) && File.Exists(path))
        {
            return path;
        }

        Assert.Ignore($"{variable} is not installed: run scripts/setup-test-tools.sh");
        return "";
    }

    private static Dictionary<string, string> ReadEnvFile()
    {
        var tools = new Dictionary<string, string>(StringComparer.Ordinal);
        var envFile = Path.Combine(RepoPaths.Root, ".tools", "env.sh");
        if (File.Exists(envFile))
        {
            foreach (var line in File.ReadAllLines(envFile).Where(l => l.StartsWith("export ", StringComparison.Ordinal) && l.Contains('=', StringComparison.Ordinal)))
            {
                var assignment = line["export ".Length..];
                var eq = assignment.IndexOf('=', StringComparison.Ordinal);
                tools[assignment[..eq]] = assignment[(eq + 1)..].Trim('"', '\'');
            }
        }

        foreach (var name in new[] { "SARIF_MULTITOOL", "XMLLINT" })
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                tools[name] = value;
            }
        }

        return tools;
    }

    private static (int Code, string Out, string Error) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
