using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// Template tags of documentation sites that name a file of the site: Jekyll's <c>{% link path %}</c> (from the
/// site's folder) and <c>{% include_relative path %}</c> (from the page's), Hugo's <c>{{&lt; ref "x.md" &gt;}}</c> and
/// <c>relref</c> (from the page, or the content folder with a leading <c>/</c>), and a shortcode's <c>file="path"</c>
/// parameter (from the site's folder, as Hugo's <c>readFile</c> reads it). Tags inside code spans are examples, not tags.
/// </summary>
internal static partial class SiteTags
{
    private static readonly System.Buffers.SearchValues<char> TemplateChars = System.Buffers.SearchValues.Create("{}$<>*");

    /// <summary>False when <paramref name="line"/> has no template tag at all (most lines).</summary>
    public static bool MayContainTags(ReadOnlySpan<char> line) =>
        line.Contains("{%", StringComparison.Ordinal) || line.Contains("{{", StringComparison.Ordinal);

    /// <summary>Adds the tags' files to <paramref name="output"/> and their spans to <paramref name="taken"/>.</summary>
    public static void Find(string line, int lineNo, List<RawReference> output, List<(int Start, int End)> taken, List<(int Start, int End)> codeSpans, string? retired)
    {
        foreach (Match tag in Tag().Matches(line))
        {
            if (CodeSpans.Inside(codeSpans, tag.Index))
            {
                continue;
            }

            var path = tag.Groups["path"];
            var (text, fragment) = LinkTargets.Split(path.Value);
            if (text.Length == 0 || text.AsSpan().IndexOfAny(TemplateChars) >= 0 || LinkTargets.IsExternalOrAnchor(text))
            {
                continue;
            }

            var kind = tag.Groups["kind"].Value;
            var hugoRef = kind is "ref" or "relref";
            if (hugoRef && !(text.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // a page named without its file (Hugo finds it by name): not read here
            }

            taken.Add((tag.Index, tag.Index + tag.Length));
            output.Add(new RawReference(text, lineNo, path.Index + 1, path.Length, kind == "include_relative" ? ReferenceKind.Link : ReferenceKind.SiteFile, fragment)
            {
                Role = ReferenceRole.Read,
                Retired = retired,
            });
        }
    }

    [GeneratedRegex(
        @"\{%-?\s*(?<kind>link|include_relative)\s+(?<path>[^\s%]+)\s*-?%\}" +
        @"|\{\{[<%]\s*(?<kind>ref|relref)\s+""?(?<path>[^""\s>%]+)""?\s*[>%]\}\}" +
        @"|\{\{[<%]\s*[\w/-]+\s[^}]*?\b(?<kind>file)=""(?<path>[^""]+)""[^}]*[>%]\}\}",
        RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
