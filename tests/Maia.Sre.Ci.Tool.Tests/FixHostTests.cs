using System.Security.Cryptography;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>
/// The history scenarios through the command line, in-process and as a real process: <c>--diff</c> prints the golden
/// diff and changes nothing, <c>--fix</c> leaves the golden findings, keeps each file's line endings, byte-order mark
/// and mode, and a second run finds nothing to fix.
/// </summary>
public sealed class FixHostTests
{
    private static readonly string[] Phantoms = ["check", "--rule-sets", "phantoms", "--fail-on", "never", "--no-color"];

    public static IEnumerable<TestCaseData> Cases() =>
        HistoryFixture.Names().SelectMany(name => new[]
        {
            new TestCaseData(name, "in-process").SetName($"{name} (in-process)"),
            new TestCaseData(name, "process").SetName($"{name} (process)"),
        });

    [TestCaseSource(nameof(Cases))]
    public void Diff_prints_the_golden_diff_and_changes_nothing(string name, string host)
    {
        var fixture = HistoryFixture.Load(name);
        using var repo = fixture.Build();
        var before = Snapshot(repo.Root);
        var outcome = Run(host, repo.Root, [.. Phantoms, "--diff", "--unsafe-fixes"]);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1), "there is something to fix: " + outcome.Error);
            Assert.That(outcome.Out, Is.EqualTo(fixture.Golden("expected.diff", outcome.Out)), "UPDATE_GOLDEN=1 rewrites it after a deliberate change");
            Assert.That(outcome.Error, Does.Match(@"^Would fix \d+ references? in \d+ files?\.\n$"));
            Assert.That(Snapshot(repo.Root), Is.EqualTo(before), "--diff changes nothing");
        });

        // The diff is a patch git applies to exactly these files.
        var patch = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + ".patch");
        File.WriteAllText(patch, outcome.Out);
        try
        {
            Assert.That(() => repo.Git("apply", "--check", patch), Throws.Nothing);
        }
        finally
        {
            File.Delete(patch);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Fix_leaves_the_golden_findings_keeps_each_file_as_it_was_and_a_second_run_finds_nothing(string name, string host)
    {
        var fixture = HistoryFixture.Load(name);
        using var repo = fixture.Build();
        var modes = Modes(repo.Root);
        var boms = Boms(repo.Root);
        var crlf = LinesEndingIn(repo.Root, "\r\n");

        var fixedRun = Run(host, repo.Root, [.. Phantoms, "--fix", "--unsafe-fixes"]);
        Assert.That(fixedRun.ExitCode, Is.EqualTo(0), fixedRun.Error);
        var remaining = fixedRun.FindingLines;
        Assert.Multiple(() =>
        {
            Assert.That(remaining, Is.EqualTo(fixture.GoldenLines("expected-fixed.txt", remaining)));
            Assert.That(fixedRun.Out, Does.Match(@"\nFixed \d+ references? in \d+ files?\.\n$"));
            Assert.That(Modes(repo.Root), Is.EqualTo(modes), "file modes kept");
            Assert.That(Boms(repo.Root), Is.EqualTo(boms), "byte-order marks kept");
            Assert.That(LinesEndingIn(repo.Root, "\r\n"), Is.EqualTo(crlf), "CRLF files keep CRLF on every line");
        });

        var again = Run(host, repo.Root, [.. Phantoms, "--diff", "--unsafe-fixes"]);
        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(0), again.Error);
            Assert.That(again.Out, Is.Empty);
            Assert.That(again.Error, Is.EqualTo("No references to fix.\n"));
        });
    }

    private static CliHarness.Outcome Run(string host, string root, string[] args) =>
        host == "process" ? CliHarness.AsProcess(root, args) : CliHarness.InProcess(root, args);

    /// <summary>Every file outside .git with the hash of its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string root) =>
        Files(root).ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, f)))));

    private static Dictionary<string, UnixFileMode> Modes(string root) => Files(root).ToDictionary(f => f, f => OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(Path.Combine(root, f)));

    private static List<string> Boms(string root) => Files(root).Where(f => File.ReadAllBytes(Path.Combine(root, f)) is [0xEF, 0xBB, 0xBF, ..]).ToList();

    /// <summary>The files whose every line ends in <paramref name="ending"/>.</summary>
    private static List<string> LinesEndingIn(string root, string ending) => Files(root)
        .Where(f => File.ReadAllText(Path.Combine(root, f)) is { Length: > 0 } text && text.Split('\n')[..^1].All(l => (l + "\n").EndsWith(ending, StringComparison.Ordinal)))
        .ToList();

    private static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
