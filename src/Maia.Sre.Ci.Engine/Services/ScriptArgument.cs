using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Services;

/// <summary>
/// Finds what a service really runs in its argument vector: <c>/usr/bin/python3 -u /repo/tools/x.py --flag</c> runs
/// <c>/repo/tools/x.py</c>; <c>/usr/bin/env bash x.sh</c> runs <c>x.sh</c>; <c>/repo/bin/tool</c> runs itself.
/// Interpreters themselves (even a virtualenv's <c>python3</c> under the repository) are never checked: they are
/// installed on the host, not committed.
/// </summary>
public static partial class ScriptArgument
{
    /// <summary>The index of the program or script in <paramref name="argv"/>, or -1 when it runs inline code or a module.</summary>
    public static int Find(IReadOnlyList<string> argv)
    {
        var i = 0;
        while (i < argv.Count)
        {
            var name = argv[i][(argv[i].LastIndexOf('/') + 1)..];
            if (name == "env")
            {
                i++;
                while (i < argv.Count && (argv[i].StartsWith('-') || argv[i].Contains('=', StringComparison.Ordinal)))
                {
                    i++;
                }

                continue;
            }

            if (!Interpreter().IsMatch(name))
            {
                return i;
            }

            i++;
            if (i < argv.Count && argv[i] == "run" && name is "uv" or "deno" or "bun" or "poetry" or "pipenv")
            {
                i++;
            }

            while (i < argv.Count && argv[i].StartsWith('-'))
            {
                if (argv[i] is "-c" or "-m" or "-e" or "--eval" or "-Command" or "--command")
                {
                    return -1; // inline code or a module: nothing in the repository to check
                }

                i++;
            }

            return i < argv.Count ? i : -1;
        }

        return -1;
    }

    [GeneratedRegex(@"^(python[0-9.]*|pythonw|bash|sh|zsh|dash|ksh|fish|node|nodejs|ruby|perl|php|lua|pwsh|powershell|osascript|deno|bun|uv|poetry|pipenv|Rscript)$")]
    private static partial Regex Interpreter();
}
