using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>Code blocks of the README's integration sections, so tests run the snippets users copy.</summary>
public static class Readme
{
    /// <summary>The fenced blocks (without fences) of the given language under a <c>### heading</c>, in order.</summary>
    public static IReadOnlyList<string> Blocks(string heading, string language)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var start = Array.IndexOf(lines, "### " + heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README has a '### {heading}' section");
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
