using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// This repository as pre-commit sees it: a git repository whose committed files are the current work tree's
/// (tracked and untracked, minus what .gitignore excludes), so uncommitted edits are tested too.
/// </summary>
public sealed class HookRepository : IDisposable
{
    private readonly TempRepo repo = new();

    public HookRepository()
    {
        var listed = ProcessRun.Run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], RepoPaths.Root);
        Assert.That(listed.ExitCode, Is.EqualTo(0), "the tests run from a git work tree: " + listed);
        foreach (var relative in listed.Out.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(RepoPaths.Root, relative);
            if (File.Exists(source))
            {
                var target = Path.Combine(repo.Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }

        repo.InitGit();
        Revision = repo.Git("rev-parse", "HEAD").Trim();
    }

    public string Root => repo.Root;

    public string Revision { get; }

    public void Dispose() => repo.Dispose();
}
