using System.Text.RegularExpressions;
using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The reference side of the Markdown differential tests: Markdig in its GitHub-compatible configuration (CommonMark,
/// GitHub's heading ids, pipe tables, footnotes, extended autolinks, task lists, strikethrough) with exact source
/// positions. A file is compared by its local link destinations, each as "line: destination as written", and by its
/// anchors (heading ids and HTML <c>id</c>/<c>name</c> attributes).
/// </summary>
internal static partial class MarkdownOracle
{
    public static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseTaskLists()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    /// <summary>Markdig's local link destinations of <paramref name="markdown"/>: "line: destination as written".</summary>
    public static SortedSet<string> Links(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var lines = new LineIndex(markdown);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsAutoLink: false, Reference: null } link when !link.UrlSpan.IsEmpty && IsLocal(link.Url):
                    found.Add(lines.Describe(link.UrlSpan.Start, link.UrlSpan.End + 1));
                    break;
                case LinkReferenceDefinition definition when definition.GetType() == typeof(LinkReferenceDefinition) && !definition.UrlSpan.IsEmpty && IsLocal(definition.Url):
                    found.Add(lines.Describe(definition.UrlSpan.Start, definition.UrlSpan.End + 1));
                    break;
                case HtmlBlock html:
                    Attributes(markdown, html.Span.Start, html.Span.End + 1, lines, found);
                    break;
                case HtmlInline html:
                    Attributes(markdown, html.Span.Start, html.Span.End + 1, lines, found);
                    break;
            }
        }

        return found;
    }

    /// <summary>
    /// Markdig's anchors of <paramref name="markdown"/>: GitHub-mode heading ids and HTML id/name attributes, with the
    /// documented differences applied (see <see cref="Normalize"/> and the tests of <c>MarkdownDifferentialTests</c>):
    /// a heading without letters or digits has GitHub's empty id (<c>""</c>, then <c>-1</c>, <c>-2</c>) where Markdig
    /// says <c>section</c>; a heading ending in an attribute list (<c>{#id}</c>, <c>{: #id}</c>) also has that id
    /// and the id of the text before it, and a heading written in HTML on one line the id of its text, as
    /// documentation sites give them.
    /// </summary>
    public static SortedSet<string> Anchors(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var empty = 0;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { Length: > 0 } id:
                    var source = LineAt(markdown, heading.Span.Start);
                    if (GitHubEmpty().IsMatch(id) && !source.Contains("section", StringComparison.OrdinalIgnoreCase) && !source.Any(char.IsLetterOrDigit))
                    {
                        id = empty == 0 ? "" : "-" + empty;
                        empty++;
                    }

                    found.Add(Normalize(id));
                    if (AttributeList().Match(source) is { Success: true } attributes)
                    {
                        found.Add(Normalize(attributes.Groups["id"].Value));
                        found.Add(Normalize(IdOf(source[..attributes.Index].TrimStart().TrimStart('#'))));
                    }

                    break;
                case HtmlBlock html:
                    var block = markdown[html.Span.Start..(html.Span.End + 1)];
                    Ids(block, found);
                    foreach (Match m in HtmlHeading().Matches(block))
                    {
                        found.Add(Normalize(IdOf(m.Groups["text"].Value)));
                    }

                    break;
                case HtmlInline html:
                    Ids(html.Tag, found);
                    break;
            }
        }

        found.Remove("");
        return found;
    }

    /// <summary>
    /// An id as compared: lower case by .NET's invariant rules, without combining marks and characters outside the
    /// Basic Multilingual Plane. Markdig keeps <c>İ</c> and drops emoji where GitHub lowercases by Unicode's full
    /// case mapping (<c>i̇</c>) and keeps or drops them by its own table; the engine follows GitHub
    /// (<c>GitHubSlugTests</c>).
    /// </summary>
    public static string Normalize(string id) =>
        new(id.Replace('İ', 'i').ToLowerInvariant().Where(c => !char.IsSurrogate(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
            is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)).ToArray());

    /// <summary>The line of <paramref name="markdown"/> holding <paramref name="offset"/>.</summary>
    private static string LineAt(string markdown, int offset)
    {
        var start = markdown.LastIndexOfAny(['\n', '\r'], Math.Max(0, offset - 1)) + 1;
        start = offset == 0 ? 0 : start;
        var end = markdown.IndexOfAny(['\n', '\r'], offset);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    /// <summary>Markdig's GitHub-mode id of a heading whose inline Markdown is <paramref name="text"/>.</summary>
    private static string IdOf(string text)
    {
        var heading = Markdown.Parse("# " + text.Trim(), Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        return heading?.GetAttributes().Id is { } id && !GitHubEmpty().IsMatch(id) ? id : "";
    }

    /// <summary>maia-sre's local link destinations of <paramref name="markdown"/>, described as <see cref="Links"/> does.</summary>
    public static SortedSet<string> ExtractedLinks(string markdown)
    {
        using var text = new SourceText("doc.md", markdown);
        var output = new ExtractionOutput();
        MarkdownExtractor.Instance.Extract(text, Extensions, output);
        return new SortedSet<string>(
            output.References.Where(r => r.Kind is ReferenceKind.Link or ReferenceKind.Anchor)
                .Select(r => r.Line + ": " + text.Line(r.Line - 1).Slice(r.Column - 1, r.Length).ToString()),
            StringComparer.Ordinal);
    }

    /// <summary>maia-sre's anchors of <paramref name="markdown"/>.</summary>
    public static SortedSet<string> ExtractedAnchors(string markdown)
    {
        using var text = new SourceText("doc.md", markdown);
        var found = new SortedSet<string>(MarkdownAnchors.Collect(text).Ids.Select(Normalize), StringComparer.Ordinal);
        found.Remove("");
        return found;
    }

    /// <summary>True for a destination naming a file or anchor of the repository: no scheme, not protocol-relative, not a bare '#'.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url != "#" && !url.StartsWith("//", StringComparison.Ordinal) && !Scheme().IsMatch(url);

    private static void Attributes(string markdown, int start, int end, LineIndex lines, SortedSet<string> found)
    {
        foreach (Match m in HtmlLink().Matches(markdown[start..end]))
        {
            var value = m.Groups["target"];
            if (value.Length > 0 && IsLocal(value.Value))
            {
                found.Add(lines.Describe(start + value.Index, start + value.Index + value.Length));
            }
        }
    }

    private static void Ids(string html, SortedSet<string> found)
    {
        foreach (Match m in HtmlId().Matches(html))
        {
            var value = m.Groups["value"].Value;
            if (value.Length > 0)
            {
                found.Add(Normalize(value));
            }
        }
    }

    [GeneratedRegex(@"^section(-[0-9]+)?$")]
    private static partial Regex GitHubEmpty();

    [GeneratedRegex(@"\{:?[^{}]*#(?<id>[^\s.}]+)[^{}]*\}\s*$")]
    private static partial Regex AttributeList();

    [GeneratedRegex(@"^ {0,3}<h(?<level>[1-6])(?:\s[^>]*)?>(?<text>[^<\n]*(?:<(?!/h[1-6]>)[^<\n]*)*)</h\k<level>>[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\b(?:src|href)\s*=\s*(?:""(?<target>[^""]*)""|'(?<target>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"[\s""'](?:id|name)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'<>=`]+))", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();

    /// <summary>Offsets of the source to "line: text" (lines split at LF, CRLF and CR, as <see cref="SourceText"/> does).</summary>
    private sealed class LineIndex
    {
        private readonly string text;
        private readonly List<int> starts = [0];

        public LineIndex(string text)
        {
            this.text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }
        }

        /// <summary>"line: text" for <c>text[start..end]</c>, without the angle brackets of a destination written in them.</summary>
        public string Describe(int start, int end)
        {
            if (end - start >= 2 && text[start] == '<' && text[end - 1] == '>')
            {
                start++;
                end--;
            }

            var line = starts.BinarySearch(start);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1) + ": " + text[start..end];
        }
    }
}
