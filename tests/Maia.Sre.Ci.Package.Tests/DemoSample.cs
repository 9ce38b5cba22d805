using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary><c>samples/demo-repo</c>, the README's demo, and the canonical finding lines it must produce.</summary>
public static class DemoSample
{
    public static string Folder => Path.Combine(RepoPaths.Samples, "demo-repo");

    /// <summary>The canonical lines (<c>path(line,col): error MSRE1001: …</c>) of <c>samples/demo-repo.expected.txt</c>.</summary>
    public static IReadOnlyList<string> ExpectedLines =>
        File.ReadAllLines(Path.Combine(RepoPaths.Samples, "demo-repo.expected.txt")).Where(l => l.Length > 0).ToList();

    /// <summary>A copy of the sample in a temporary folder outside any git work tree.</summary>
    public static TempRepo Copy() => new(Folder);

    /// <summary>Asserts a run on the sample failed with exit 1 and printed every canonical line.</summary>
    public static void AssertFailedOnPhantoms(ProcessRun.Result run)
    {
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(ExpectedLines, Has.Count.GreaterThan(5));
            Assert.That(Lines(run.Out), Is.SupersetOf(ExpectedLines), run.ToString());
        });
    }

    public static IReadOnlyList<string> Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
