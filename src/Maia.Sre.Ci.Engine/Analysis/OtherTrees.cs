using System.Text.RegularExpressions;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Whether a CI file brings other file trees beside this repository's checkout: an <c>actions/checkout</c> step with a
/// <c>repository</c> or <c>path</c>, a <c>git clone</c>, <c>gh repo clone</c>, <c>git worktree add</c>, submodules, a
/// downloaded artifact or an unpacked archive. When it does not, every relative path its steps run is a file of this
/// repository's checkout, even one whose folders the repository lacks: <c>bash scripts/lint.sh</c> in a repository
/// without <c>scripts/</c> is a phantom, not a file of another project.
/// </summary>
public static partial class OtherTrees
{
    /// <summary>True when <paramref name="text"/> fetches or unpacks a file tree other than this repository's root checkout.</summary>
    public static bool Fetched(SourceText text)
    {
        var inCheckout = false;
        var checkoutIndent = 0;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;
            if (trimmed.StartsWith("#"))
            {
                continue;
            }

            if (inCheckout)
            {
                if (trimmed.Length > 0 && (indent < checkoutIndent || trimmed.StartsWith("- ")))
                {
                    inCheckout = false;
                }
                else if (trimmed.StartsWith("repository:") || trimmed.StartsWith("path:"))
                {
                    return true;
                }
            }

            if (trimmed.Contains("actions/checkout", StringComparison.Ordinal))
            {
                inCheckout = true;
                checkoutIndent = trimmed.StartsWith("- ") ? indent + 2 : indent;
                continue;
            }

            if (Fetches().IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bgit\s+clone\b|\bgh\s+repo\s+clone\b|\bgit\s+worktree\s+add\b|\bsubmodules?\b|download-artifact|\btar\s+-?[a-zA-Z]*x|\bunzip\b|\bsvn\s+(?:co|checkout)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Fetches();
}
