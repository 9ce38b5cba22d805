using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// Shell variables that hold the script's own folder, or a folder relative to it, such as
/// <c>repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." &amp;&amp; pwd)</c> or <c>HERE="$(dirname "$0")"</c>. A later
/// <c>$repo/tools/x.sh</c> then resolves from the script's folder instead of being an unknown variable.
/// </summary>
public static partial class ScriptFolderVariables
{
    /// <summary>Records an assignment on <paramref name="line"/>, if it is one, as variable → path relative to the script's folder.</summary>
    public static void Read(string line, Dictionary<string, string> variables)
    {
        if (!line.Contains("dirname", StringComparison.Ordinal) && !line.Contains("PSScriptRoot", StringComparison.Ordinal))
        {
            return;
        }

        var m = Assignment().Match(line);
        if (m.Success)
        {
            variables[m.Groups["name"].Value] = m.Groups["rel"].Value.Trim('/');
        }
    }

    /// <summary>Rewrites <c>$NAME/rest</c> or <c>${NAME}/rest</c> to <c>$SCRIPT_DIR/rel/rest</c>, or returns null.</summary>
    public static string? Rewrite(string text, IReadOnlyDictionary<string, string> variables)
    {
        if (variables.Count == 0 || text.Length < 3 || text[0] != '$')
        {
            return null;
        }

        var braced = text[1] == '{';
        var end = braced ? text.IndexOf('}', StringComparison.Ordinal) : text.IndexOf('/', StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var name = braced ? text[2..end] : text[1..end];
        var restStart = braced ? end + 1 : end;
        if (restStart >= text.Length || text[restStart] != '/' || !variables.TryGetValue(name, out var relative))
        {
            return null;
        }

        return "$SCRIPT_DIR/" + (relative.Length == 0 ? "" : relative + "/") + text[(restStart + 1)..];
    }

    // NAME=..., optionally local/readonly/export, with $(dirname "$0"), $(dirname "${BASH_SOURCE[0]}") or $PSScriptRoot,
    // optionally inside $(cd "…/rel" && pwd), optionally followed by /rel. Linear: no nested quantifiers.
    [GeneratedRegex(
        @"^\s*(?:local\s+|readonly\s+|export\s+|declare\s+-r\s+)?\$?(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*[""']?(?:\$\(\s*cd\s+[""']?)?(?:\$\(\s*dirname\s+[""']?(?:\$0|\$\{0\}|\$\{BASH_SOURCE(?:\[0\])?\}|\$BASH_SOURCE)[""']?\s*\)|\$PSScriptRoot)(?<rel>(?:/\.\.|/[A-Za-z0-9_.-]+)*)[""']?(?:\s*&&\s*pwd(?:\s+-P)?\s*\))?[""']?\s*(?:#.*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}
