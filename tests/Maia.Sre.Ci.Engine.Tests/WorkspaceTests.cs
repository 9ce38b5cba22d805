using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class WorkspaceTests
{
    [Test]
    public void Walk_skips_build_and_dependency_folders()
    {
        using var repo = new TempRepo();
        repo.Write("a.md", "x");
        repo.Write("bin/b.md", "x");
        repo.Write("obj/c.md", "x");
        repo.Write("node_modules/d.md", "x");
        repo.Write(".git/e.md", "x");
        repo.Write("src/f.md", "x");
        var files = FileLister.List(repo.Root, ProcessRunner.Instance);
        Assert.That((files.FromGit, files.Files), Is.EqualTo((false, (IReadOnlyList<string>)new[] { "a.md", "src/f.md" })));
    }

    [Test]
    public void Walk_lists_in_ordinal_path_order_without_sorting_after()
    {
        // Names around '/' in ordinal order ('-' and '.' come before it, digits and letters after), folders below the
        // levels walked in parallel, upper case before lower case, and names beyond ASCII.
        using var repo = new TempRepo();
        string[] paths =
        [
            "a.txt", "a/x.md", "a/y/z/w/v/deep.md", "a/y/z/w/v.md", "a/y/z/w.md", "a-b/c.md", "a0.md", "A.md", "B/x.md",
            "b.md", "b/a.md", "b/b/c.md", "b/b.md", "b.d/e.md", "_x.md", "~t/u.md", "é/f.md", "z/é.md", "z/e.md", "z/f/g.md",
        ];
        foreach (var path in paths)
        {
            repo.Write(path, "x");
        }

        var (walked, problems) = FolderWalk.List(repo.Root);
        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.EqualTo(paths.Order(StringComparer.Ordinal)), "the walk's own order");
            Assert.That(problems, Is.Empty);
            Assert.That(FileLister.List(repo.Root, ProcessRunner.Instance).Files, Is.EqualTo(walked));
        });
    }

    [Test]
    public void Git_is_not_started_where_no_dot_git_is_found_up_the_tree()
    {
        using var repo = new TempRepo();
        repo.Write("sub/a.md", "x");
        var outside = Path.GetFullPath(repo.Root);
        Assume.That(
            Environment.GetEnvironmentVariable("GIT_DIR") is null && Environment.GetEnvironmentVariable("GIT_WORK_TREE") is null &&
            !AncestorsHoldDotGit(outside),
            "the temporary folder must be outside any git work tree");

        Assert.That(FileLister.MayBeInGitWorkTree(Path.Combine(repo.Root, "sub")), Is.False);

        // A .git file (as in a linked work tree or a submodule) or folder anywhere above counts.
        repo.Write(".git", "gitdir: elsewhere\n");
        Assert.That(FileLister.MayBeInGitWorkTree(Path.Combine(repo.Root, "sub")), Is.True);
        File.Delete(Path.Combine(repo.Root, ".git"));
        Directory.CreateDirectory(Path.Combine(repo.Root, "sub", ".git"));
        Assert.That(FileLister.MayBeInGitWorkTree(Path.Combine(repo.Root, "sub")), Is.True);
    }

    private static bool AncestorsHoldDotGit(string folder)
    {
        for (var f = folder; f is not null; f = Path.GetDirectoryName(f))
        {
            if (Path.Exists(Path.Join(f, ".git")))
            {
                return true;
            }
        }

        return false;
    }

    [Test]
    public void Git_lists_tracked_and_untracked_but_not_ignored_files()
    {
        using var repo = new TempRepo();
        repo.Write(".gitignore", "ignored.md\n");
        repo.Write("tracked.md", "x");
        repo.InitGit();
        repo.Write("untracked.md", "x");
        repo.Write("ignored.md", "x");
        repo.Write("with space and ünïcode.md", "x");
        var files = FileLister.List(repo.Root, ProcessRunner.Instance);
        Assert.That(files.FromGit, Is.True);
        Assert.That(files.Files, Is.EqualTo(new[] { ".gitignore", "tracked.md", "untracked.md", "with space and ünïcode.md" }));
    }

    /// <summary>Below and above <c>Parallelism.MinimumItems</c>: the stats run on this thread, then on every core.</summary>
    [TestCase(12)]
    [TestCase(300)]
    public void Git_listing_keeps_the_tracked_files_still_on_disk_sorted(int count)
    {
        using var repo = new TempRepo();
        for (var i = 0; i < count; i++)
        {
            repo.Write($"d{i % 7}/f{i}.md", "x");
        }

        repo.InitGit();
        var expected = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (i % 3 == 0)
            {
                File.Delete(Path.Combine(repo.Root, $"d{i % 7}/f{i}.md")); // tracked, deleted: git still lists it
            }
            else
            {
                expected.Add($"d{i % 7}/f{i}.md");
            }
        }

        expected.Sort(StringComparer.Ordinal);
        var files = FileLister.List(repo.Root, ProcessRunner.Instance);
        Assert.That(files.FromGit, Is.True);
        Assert.That(files.Files, Is.EqualTo(expected));
    }

    [Test]
    public void Links_out_of_the_root_are_reported_not_followed()
    {
        using var outside = new TempRepo();
        outside.Write("secret.md", "run tools/x.sh");
        using var repo = new TempRepo();
        repo.Write("a.md", "x");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "linked.md"), Path.Combine(outside.Root, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(repo.Root, "linked-dir"), outside.Root);
        Directory.CreateSymbolicLink(Path.Combine(repo.Root, "loop"), repo.Root);
        var files = FileLister.List(repo.Root, ProcessRunner.Instance);
        Assert.That(files.Files, Is.EqualTo(new[] { "a.md" }));
        Assert.That(files.Problems.Select(p => (p.RuleId, p.File)), Is.EquivalentTo(new[] { (RuleIds.LinkOutsideRoot, "linked-dir"), (RuleIds.LinkOutsideRoot, "linked.md") }));
    }

    [Test]
    public void Root_is_the_git_top_level_else_the_current_folder()
    {
        using var repo = new TempRepo();
        repo.Write("sub/a.md", "x");
        Assert.That(RepositoryRoot.Resolve(null, Path.Combine(repo.Root, "sub"), ProcessRunner.Instance), Is.EqualTo(Path.Combine(repo.Root, "sub")));
        repo.InitGit();
        Assert.That(RepositoryRoot.Resolve(null, Path.Combine(repo.Root, "sub"), ProcessRunner.Instance), Is.EqualTo(repo.Root));
        Assert.That(RepositoryRoot.Resolve("sub/", repo.Root, ProcessRunner.Instance), Is.EqualTo(Path.Combine(repo.Root, "sub")));
        Assert.Throws<DirectoryNotFoundException>(() => RepositoryRoot.Resolve("nope", repo.Root, ProcessRunner.Instance));
    }

    [Test]
    public void Slow_processes_are_killed_at_the_timeout()
    {
        var result = ProcessRunner.Instance.Run("sleep", ["30"], Path.GetTempPath(), TimeSpan.FromMilliseconds(200));
        Assert.That((result.TimedOut, result.Succeeded), Is.EqualTo((true, false)));
    }

    [Test]
    public void Missing_programs_do_not_throw()
    {
        var result = ProcessRunner.Instance.Run("maia-sre-no-such-program", [], Path.GetTempPath(), TimeSpan.FromSeconds(5));
        Assert.That(result.Started, Is.False);
    }
}
