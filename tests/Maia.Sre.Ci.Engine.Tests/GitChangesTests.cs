using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class GitChangesTests
{
    [Test]
    public void Committed_staged_unstaged_and_untracked_changes_are_read_against_the_merge_base()
    {
        using var repo = new TempRepo();
        repo.Write("keep.md", "a\n");
        repo.Write("gone.sh", "x\n");
        repo.Write("old name.sh", "echo renamed file with enough content to be detected as a rename\n");
        repo.Write("edit.md", "a\n");
        repo.Write("tools/readme.md", "tools\n");
        repo.InitGit();
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Git("rm", "-q", "gone.sh");
        repo.Git("mv", "old name.sh", "tools/new name.sh");
        repo.Git("commit", "-q", "-m", "feature work");
        repo.Write("edit.md", "b\n"); // unstaged
        repo.Write("new.md", "c\n"); // untracked

        var changes = GitChanges.Read(repo.Root, "main", ProcessRunner.Instance);
        Assert.That(changes.Changed.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "edit.md", "new.md", "tools/new name.sh" }));
        Assert.That(changes.Deleted, Is.EqualTo(new[] { "gone.sh" }));
        Assert.That(changes.Renames, Is.EqualTo(new Dictionary<string, string> { ["old name.sh"] = "tools/new name.sh" }));
        Assert.That((changes.IsGone("gone.sh"), changes.IsGone("old name.sh"), changes.IsGone("keep.md")), Is.EqualTo((true, true, false)));
    }

    [TestCase("no-such-branch")]
    [TestCase("--output=x")]
    public void Unknown_references_are_input_errors(string reference)
    {
        using var repo = new TempRepo();
        repo.Write("a.md", "a\n");
        repo.InitGit();
        Assert.That(() => GitChanges.Read(repo.Root, reference, ProcessRunner.Instance), Throws.TypeOf<ChangeSetException>());
    }
}
