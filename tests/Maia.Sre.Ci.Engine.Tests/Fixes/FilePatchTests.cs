using System.Text;
using Maia.Sre.Ci.Fixes;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests.Fixes;

/// <summary>Files rewritten as they were (encoding, byte-order mark, line endings, mode), atomically, and only when safe.</summary>
public sealed class FilePatchTests
{
    private static TextEdit Edit(string file, int line, int column, string old, string @new) => new(file, line, column, column + old.Length, old, @new);

    private static (FilePatch? Patch, string? Problem) Prepare(TempRepo repo, string file, params TextEdit[] edits)
    {
        var patch = FilePatch.Prepare(repo.Root, file, edits, out var problem);
        return (patch, problem);
    }

    [Test]
    public void Utf8_with_bom_and_crlf_keeps_both_and_only_the_edited_characters_change()
    {
        using var repo = new TempRepo();
        var path = Path.Combine(repo.Root, "a.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Ä\r\nRun `x.sh` and `x.sh`.\r\nend")]);
        var (patch, problem) = Prepare(repo, "a.md", Edit("a.md", 2, 6, "x.sh", "tools/x.sh"), Edit("a.md", 2, 17, "x.sh", "y.sh"));
        Assert.That(problem, Is.Null);
        Assert.That(patch!.Write(), Is.Null);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo((byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Ä\r\nRun `tools/x.sh` and `y.sh`.\r\nend")]));
    }

    [Test]
    public void Utf16_files_stay_utf16_with_their_byte_order_mark()
    {
        using var repo = new TempRepo();
        var path = Path.Combine(repo.Root, "w.md");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("see x.sh\n")]);
        var (patch, _) = Prepare(repo, "w.md", Edit("w.md", 1, 5, "x.sh", "b/x.sh"));
        Assert.That(patch!.Write(), Is.Null);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo((byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes("see b/x.sh\n")]));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_file_mode_is_kept()
    {
        using var repo = new TempRepo();
        var path = repo.Write("run.sh", "#!/bin/sh\n./x.sh\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = File.GetUnixFileMode(path);
        Assert.That(Prepare(repo, "run.sh", Edit("run.sh", 2, 1, "./x.sh", "./b/x.sh")).Patch!.Write(), Is.Null);
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(before));
        Assert.That(File.ReadAllText(path), Is.EqualTo("#!/bin/sh\n./b/x.sh\n"));
    }

    [Test]
    public void A_file_changed_between_read_and_write_is_left_alone()
    {
        using var repo = new TempRepo();
        var path = repo.Write("a.md", "Run `x.sh`.\n");
        var (patch, _) = Prepare(repo, "a.md", Edit("a.md", 1, 6, "x.sh", "b/x.sh"));
        var problem = patch!.Write(beforeReplace: full => File.AppendAllText(full, "An editor saved this.\n"));
        Assert.Multiple(() =>
        {
            Assert.That(problem, Does.StartWith("changed since it was read; left alone"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("Run `x.sh`.\nAn editor saved this.\n"), "the other writer's content is kept");
            Assert.That(Directory.GetFiles(repo.Root, "*.tmp", SearchOption.AllDirectories), Is.Empty, "no temporary file left behind");
        });
    }

    [Test]
    public void A_file_changed_since_the_scan_is_left_alone()
    {
        using var repo = new TempRepo();
        repo.Write("a.md", "Run `y.sh`.\n");
        var (patch, problem) = Prepare(repo, "a.md", Edit("a.md", 1, 6, "x.sh", "b/x.sh"));
        Assert.That(patch, Is.Null);
        Assert.That(problem, Is.EqualTo("changed since it was read (line 1 no longer holds 'x.sh'); left alone (run again to fix it)"));
    }

    [Test]
    public void Duplicate_edits_apply_once()
    {
        using var repo = new TempRepo();
        repo.Write("a.md", "Run `x.sh`.\n");
        var edit = Edit("a.md", 1, 6, "x.sh", "b/x.sh");
        var (patch, _) = Prepare(repo, "a.md", edit, edit);
        Assert.That(patch!.Edits, Has.Count.EqualTo(1));
        Assert.That(Encoding.UTF8.GetString(patch.NewBytes()), Is.EqualTo("Run `b/x.sh`.\n"));
    }

    [Test]
    public void Text_that_is_not_valid_utf8_is_left_alone()
    {
        using var repo = new TempRepo();
        File.WriteAllBytes(Path.Combine(repo.Root, "latin1.md"), [.. Encoding.ASCII.GetBytes("caf"), 0xE9, .. Encoding.ASCII.GetBytes(" x.sh\n")]);
        Assert.That(Prepare(repo, "latin1.md", Edit("latin1.md", 1, 6, "x.sh", "b/x.sh")).Problem, Is.EqualTo("is not valid UTF-8"));
    }

    [Test]
    public void Links_git_and_paths_outside_the_root_are_never_written()
    {
        using var repo = new TempRepo();
        using var outside = new TempRepo();
        var target = outside.Write("victim.md", "Run `x.sh`.\n");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "link.md"), target);
        Directory.CreateDirectory(Path.Combine(repo.Root, "docs"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "linked"), outside.Root);
        repo.Write(".git/config", "Run `x.sh`.\n");
        string Problem(string file) => Prepare(repo, file, Edit(file, 1, 6, "x.sh", "b/x.sh")).Problem!;
        Assert.Multiple(() =>
        {
            Assert.That(Problem("link.md"), Is.EqualTo("is a symbolic link"));
            Assert.That(Problem("linked/victim.md"), Is.EqualTo("is reached through the symbolic link 'linked'"));
            Assert.That(Problem(".git/config"), Is.EqualTo("is inside .git, which fixes never touch"));
            Assert.That(Problem("../" + Path.GetFileName(outside.Root) + "/victim.md"), Is.EqualTo("is not a plain path inside the root"));
            Assert.That(Problem("/etc/passwd"), Is.EqualTo("is not a plain path inside the root"));
            Assert.That(File.ReadAllText(target), Is.EqualTo("Run `x.sh`.\n"));
        });
    }

    [Test]
    public void The_diff_marks_a_last_line_without_a_newline()
    {
        using var repo = new TempRepo();
        repo.Write("a.md", "one\ntwo\nthree\nfour\nfive\nRun `x.sh`.");
        var (patch, _) = Prepare(repo, "a.md", Edit("a.md", 6, 6, "x.sh", "b/x.sh"));
        using var diff = new StringWriter();
        UnifiedDiff.Write(diff, patch!);
        Assert.That(diff.ToString(), Is.EqualTo(
            "--- a/a.md\n+++ b/a.md\n@@ -3,4 +3,4 @@\n three\n four\n five\n-Run `x.sh`.\n\\ No newline at end of file\n+Run `b/x.sh`.\n\\ No newline at end of file\n"));
    }
}
