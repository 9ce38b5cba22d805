using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>Code blocks of the README and the docs' integration sections, so tests run the snippets users copy.</summary>
public static class Readme
{
    /// <summary>
    /// The fenced blocks (without fences) of the given language in the section of <paramref name="document"/> (a path
    /// from the repository root) whose heading, at any level, is <paramref name="heading"/>, up to the next heading.
    /// </summary>
    public static IReadOnlyList<string> Blocks(string document, string heading, string language)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, document));
        var start = Array.FindIndex(lines, l => l.StartsWith('#') && l.TrimStart('#') == " " + heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"{document} has a '{heading}' section");
        var blocks = new List<string>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith('#'); i++)
        {
            if (lines[i] == "```" + language)
            {
                var end = Array.IndexOf(lines, "```", i + 1);
                blocks.Add(string.Join('\n', lines[(i + 1)..end]) + "\n");
                i = end;
            }
        }

        return blocks;
    }
}
