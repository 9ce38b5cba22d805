using System.Text;

namespace Maia.Sre.Ci.Preflight;

/// <summary>Whether a file can be run: an execute bit, or a shebang naming a known interpreter. The file is only read.</summary>
internal static class Executables
{
    private static readonly HashSet<string> Interpreters = new(StringComparer.Ordinal)
    {
        "sh", "bash", "dash", "zsh", "ksh", "fish", "python", "python2", "python3", "node", "nodejs", "deno", "bun",
        "pwsh", "powershell", "ruby", "perl", "php", "lua", "Rscript", "dotnet", "tclsh", "awk", "make",
    };

    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>True when <paramref name="fullPath"/> is a file with an execute bit (on Windows: a runnable extension).</summary>
    public static bool HasExecuteBit(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            var extension = Path.GetExtension(fullPath).ToUpperInvariant();
            return extension is ".EXE" or ".CMD" or ".BAT" or ".COM";
        }

        return (File.GetUnixFileMode(fullPath) & AnyExecute) != 0;
    }

    /// <summary>The interpreter a file's shebang names when it is a known one (<c>#!/usr/bin/env bash</c> → <c>bash</c>), else null.</summary>
    public static string? ShebangInterpreter(string fullPath)
    {
        string first;
        try
        {
            using var stream = File.OpenRead(fullPath);
            var buffer = new byte[256];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            first = Encoding.UTF8.GetString(buffer, 0, read).Split('\n')[0].TrimEnd('\r');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (!first.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }

        var words = first[2..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var program = Path.GetFileName(words[0]);
        if (program == "env")
        {
            program = words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) ?? "";
        }

        return Interpreters.Contains(program) || Interpreters.Contains(program.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.')) ? program : null;
    }
}
