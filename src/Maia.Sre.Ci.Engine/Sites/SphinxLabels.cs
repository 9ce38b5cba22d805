using System.Text.RegularExpressions;
using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Sites;

/// <summary>
/// The labels a Sphinx project's <c>:ref:</c> roles can name: explicit targets (<c>.. _label:</c>) of every
/// reStructuredText file of the repository (documents include files from outside the source folder), MyST targets
/// (<c>(label)=</c>) of its Markdown documents, the labels Sphinx itself makes (<c>genindex</c>, <c>modindex</c>,
/// <c>search</c>), and, with <c>sphinx.ext.autosectionlabel</c>, every section title. Sphinx compares labels in
/// lower case. Read once per run, the first time a <c>:ref:</c> asks.
/// </summary>
internal sealed partial class SphinxLabels
{
    private readonly HashSet<string> labels;

    private SphinxLabels(HashSet<string> labels) => this.labels = labels;

    /// <summary>True when <paramref name="label"/> is defined (or may be: a label another extension makes).</summary>
    public bool Has(string label)
    {
        var key = Normalize(label);
        return labels.Contains(key) || key.StartsWith("sphx_glr_", StringComparison.Ordinal);
    }

    /// <summary>The defined label closest to <paramref name="label"/>, or null.</summary>
    public string? Closest(string label) => Text.EditDistance.Closest(Normalize(label), labels, Math.Clamp(label.Length / 4, 1, 4));

    /// <summary>Collects the labels of <paramref name="site"/> (null: none).</summary>
    public static SphinxLabels Collect(SphinxSite? site, Inventory inventory, string root)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal) { "genindex", "modindex", "py-modindex", "search" };
        if (site is null)
        {
            return new SphinxLabels(labels);
        }

        var files = new List<string>();
        for (var i = 0; i < inventory.Count; i++)
        {
            var path = inventory.PathOf(i);
            if (path.EndsWith(".rst", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".rest", StringComparison.OrdinalIgnoreCase)
                || (site.IsPage(path) && site.SectionOf(path) is not null))
            {
                files.Add(path);
            }
        }

        var found = new List<string>[files.Count];
        Threading.Parallelism.For(files.Count, i => found[i] = Read(root, files[i], site));
        foreach (var list in found)
        {
            foreach (var label in list)
            {
                labels.Add(label);
            }
        }

        return new SphinxLabels(labels);
    }

    /// <summary>The labels one file defines.</summary>
    private static List<string> Read(string root, string path, SphinxSite site)
    {
        var labels = new List<string>();
        using var text = SourceReader.Read(root, path, out _);
        if (text is null)
        {
            return labels;
        }

        var document = site.SectionOf(path) is { } section ? RepoPath.Folder(section.Inside(path)) + "/" + RepoPath.Name(path)[..RepoPath.Name(path).LastIndexOf('.')] : null;
        document = document?.TrimStart('/');
        string? previous = null;
        for (var i = 0; i < text.LineCount; i++)
        {
            var line = text.Line(i);
            if (Target().Match(line.ToString()) is { Success: true } target)
            {
                labels.Add(Normalize(target.Groups["label"].Value.Trim('`')));
            }
            else if (line.StartsWith("(", StringComparison.Ordinal) && line.TrimEnd().EndsWith(")=", StringComparison.Ordinal))
            {
                labels.Add(Normalize(line.TrimEnd()[1..^2].ToString()));
            }
            else if (site.SectionLabels && previous is { Length: > 0 } title && IsUnderline(line, title.Length))
            {
                labels.Add(Normalize(site.DocumentPrefixedLabels && document is not null ? document + ":" + title : title));
            }
            else if (site.SectionLabels && line.StartsWith("#", StringComparison.Ordinal) && line.TrimStart('#').StartsWith(" ", StringComparison.Ordinal))
            {
                var heading = line.TrimStart('#').Trim().ToString();
                labels.Add(Normalize(site.DocumentPrefixedLabels && document is not null ? document + ":" + heading : heading));
            }

            previous = line.Trim().ToString();
        }

        return labels;
    }

    /// <summary>True for a section title's underline: one punctuation character repeated, at least as long as the title.</summary>
    private static bool IsUnderline(ReadOnlySpan<char> line, int titleLength)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length < Math.Max(2, titleLength) || !char.IsPunctuation(trimmed[0]) && !char.IsSymbol(trimmed[0]))
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c != trimmed[0])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Labels as Sphinx compares them: lower case, blanks made single spaces.</summary>
    private static string Normalize(string label) => string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"^\s*\.\.\s+_(?<label>[^:`][^:]*|`[^`]+`):\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Target();
}
