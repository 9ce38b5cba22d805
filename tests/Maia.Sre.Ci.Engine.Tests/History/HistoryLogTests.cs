using Maia.Sre.Ci.History;

namespace Maia.Sre.Ci.Engine.Tests.History;

/// <summary>The git log parser and the tracing of a missing path through renames and deletions.</summary>
public sealed class HistoryLogTests
{
    /// <summary>git log -z output: commits newest first, each a header then status/path fields.</summary>
    private static string Log(params (string Hash, string Subject, string[] Changes)[] commits) =>
        string.Concat(commits.Select(c => $"\u001e{c.Hash}\u001f2026-10-01\u001f{c.Subject}\0\n" + string.Concat(c.Changes.Select(f => f + "\0"))));

    private static readonly HashSet<string> Today = ["c/x.sh", "new/run.sh", "tools/deploy.sh"];

    private static string? Trace(HistoryLog log, string target) => Provenance.Trace(log, target, Today.Contains)?.Describe();

    [Test]
    public void A_chain_of_renames_is_followed_to_the_path_that_exists()
    {
        var log = HistoryLog.Parse(Log(("ccc3333", "second move", ["R100", "b/x.sh", "c/x.sh"]), ("bbb2222", "first move", ["M", "README.md", "R090", "a/x.sh", "b/x.sh"])), complete: true);
        var provenance = Provenance.Trace(log, "a/x.sh", Today.Contains)!;
        Assert.Multiple(() =>
        {
            Assert.That(provenance.ExistingPath, Is.EqualTo("c/x.sh"));
            Assert.That(provenance.Describe(), Is.EqualTo("renamed to 'b/x.sh' in bbb2222 (2026-10-01, \"first move\"), then to 'c/x.sh' in ccc3333 (2026-10-01, \"second move\")"));
            Assert.That(Trace(log, "b/x.sh"), Is.EqualTo("renamed to 'c/x.sh' in ccc3333 (2026-10-01, \"second move\")"));
            Assert.That(Trace(log, "never/was.sh"), Is.Null);
        });
    }

    [Test]
    public void A_deletion_and_a_rename_to_a_path_later_deleted_have_no_path()
    {
        var log = HistoryLog.Parse(Log(("ddd4444", "remove", ["D", "gone/clean.sh", "D", "old.sh"]), ("ccc3333", "move", ["R100", "keep/clean.sh", "gone/clean.sh"])), complete: true);
        Assert.Multiple(() =>
        {
            Assert.That(Provenance.Trace(log, "keep/clean.sh", Today.Contains)!.ExistingPath, Is.Null);
            Assert.That(Trace(log, "keep/clean.sh"), Is.EqualTo("renamed to 'gone/clean.sh' in ccc3333 (2026-10-01, \"move\"), then deleted in ddd4444 (2026-10-01, \"remove\")"));
            Assert.That(Trace(log, "old.sh"), Is.EqualTo("deleted in ddd4444 (2026-10-01, \"remove\")"));
        });
    }

    [Test]
    public void The_file_that_got_a_name_is_followed_not_a_later_one_at_that_name()
    {
        // old/run.sh went to new/run.sh (3), which was deleted (2) and added again (1): it exists today, so the chain ends.
        // Elsewhere: y.sh got the name z.sh (3), z.sh was renamed to w.sh (2); a later z.sh was deleted (1).
        var log = HistoryLog.Parse(
            Log(
                ("aaa1111", "later", ["A", "new/run.sh", "D", "z.sh"]),
                ("bbb2222", "middle", ["D", "new/run.sh", "R100", "z.sh", "w.sh"]),
                ("ccc3333", "first", ["R100", "old/run.sh", "new/run.sh", "R100", "y.sh", "z.sh"])),
            complete: true);
        Assert.Multiple(() =>
        {
            Assert.That(Provenance.Trace(log, "old/run.sh", Today.Contains)!.ExistingPath, Is.EqualTo("new/run.sh"));
            Assert.That(Trace(log, "y.sh"), Is.EqualTo("renamed to 'z.sh' in ccc3333 (2026-10-01, \"first\"), then to 'w.sh' in bbb2222 (2026-10-01, \"middle\"), which does not exist now"));
        });
    }

    [Test]
    public void A_bare_name_matches_the_one_path_of_that_name_that_went_away()
    {
        var log = HistoryLog.Parse(Log(("aaa1111", "lower-case", ["R100", "Tools/Deploy.sh", "tools/deploy.sh", "D", "a/dup.sh", "D", "b/dup.sh"])), complete: true);
        Assert.Multiple(() =>
        {
            Assert.That(Provenance.Trace(log, "Deploy.sh", Today.Contains)!.ExistingPath, Is.EqualTo("tools/deploy.sh"));
            Assert.That(Trace(log, "dup.sh"), Is.Null, "two paths of that name went away: no guess");
        });
    }

    [Test]
    public void A_cut_short_log_drops_its_last_commit_and_cycles_end()
    {
        var text = Log(("bbb2222", "back", ["R100", "b.sh", "a.sh"]), ("aaa1111", "there", ["R100", "a.sh", "b.sh"]), ("0000000", "cut", ["D", "half.sh"]));
        var log = HistoryLog.Parse(text[..^3], complete: false);
        Assert.Multiple(() =>
        {
            Assert.That(log.Commits.Select(c => c.ShortHash), Is.EqualTo(new[] { "bbb2222", "aaa1111" }));
            Assert.That(Trace(log, "half.sh"), Is.Null, "the cut commit is not trusted");
            Assert.That(Trace(log, "a.sh"), Is.EqualTo("renamed to 'b.sh' in aaa1111 (2026-10-01, \"there\"), then to 'a.sh' in bbb2222 (2026-10-01, \"back\"), which does not exist now"), "a cycle ends");
            Assert.That(HistoryLog.Parse("", complete: true).Commits, Is.Empty);
        });
    }

    [Test]
    public void Long_subjects_are_cut()
    {
        var commit = new CommitInfo("abc1234", "2026-10-01", new string('s', 100));
        Assert.That(commit.ToString(), Has.Length.LessThan(100).And.EndsWith("…\")"));
    }
}
