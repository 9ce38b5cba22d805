using System.Security.Cryptography;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Preflight;

/// <summary>Preflight never changes the repository or its git state: every file (the .git folder included) keeps its bytes and times.</summary>
public sealed class NoChangeTests
{
    [Test]
    public void A_full_preflight_run_changes_no_file_not_even_the_index()
    {
        using var repo = new TempRepo();
        repo.Write("tools/run.sh", "#!/bin/sh\necho run\n");
        repo.Write(".github/workflows/ci.yml", "on: push\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: bash tools/missing.sh\n");
        repo.InitGit();
        repo.Write("untracked.txt", "new\n");

        // Give a tracked file a new modification time with the same content: plain 'git status' would now refresh
        // and rewrite the index, which is exactly what preflight must not do.
        var tracked = Path.Combine(repo.Root, "tools/run.sh");
        File.SetLastWriteTimeUtc(tracked, File.GetLastWriteTimeUtc(tracked).AddMinutes(5));
        var before = Snapshot(repo.Root);

        var result = PreflightRun.Run(repo, """{"preflight": {"requiredPaths": [{"path": "tools/run.sh", "executable": true}], "writablePaths": ["tools"], "requiredCommands": [{"name": "git", "minVersion": "2"}]}}""");
        Assert.That(result.Checks, Has.Count.GreaterThan(8), "the run must actually check things");
        Assert.That(Snapshot(repo.Root), Is.EqualTo(before));

        // The snapshot does notice git's own index refresh, so the comparison above can fail.
        repo.Git("status");
        Assert.That(Snapshot(repo.Root), Is.Not.EqualTo(before));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .ToDictionary(
                p => Path.GetRelativePath(root, p),
                p => Directory.Exists(p)
                    ? "dir " + Directory.GetLastWriteTimeUtc(p).Ticks
                    : $"{File.GetLastWriteTimeUtc(p).Ticks} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))}");
}
