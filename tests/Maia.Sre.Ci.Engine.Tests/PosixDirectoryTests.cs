using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>The one-pass folder listing on Linux: the same entries and kinds as .NET's, links counted and left out.</summary>
public sealed class PosixDirectoryTests
{
    private TempRepo repo = null!;

    [SetUp]
    public void CreateRepo()
    {
        Assume.That(PosixDirectory.IsAvailable, "Linux on x86-64 or arm64 only");
        repo = new TempRepo();
    }

    [TearDown]
    public void DeleteRepo() => repo?.Dispose();

    [Test]
    public void Lists_files_and_folders_as_dotnet_does_and_counts_links_apart()
    {
        var longName = new string('n', 251) + ".md";
        foreach (var file in new[] { "a.md", ".hidden", "é🙂.md", longName, "sub/x.md", "sub2/.keep" })
        {
            repo.Write(file, "x");
        }

        File.CreateSymbolicLink(Path.Combine(repo.Root, "to-file.md"), Path.Combine(repo.Root, "a.md"));
        Directory.CreateSymbolicLink(Path.Combine(repo.Root, "to-folder"), Path.Combine(repo.Root, "sub"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "dangling.md"), Path.Combine(repo.Root, "gone.md"));
        repo.MakeFifo("pipe");

        var entries = new List<(string Name, bool IsDirectory)>();
        Assert.That(PosixDirectory.TryList(repo.Root, entries, out var links), Is.True);

        var expected = new DirectoryInfo(repo.Root).EnumerateFileSystemInfos()
            .Where(e => e.LinkTarget is null)
            .Select(e => (e.Name, e is DirectoryInfo))
            .OrderBy(e => e.Name, StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(entries.OrderBy(e => e.Name, StringComparer.Ordinal), Is.EqualTo(expected));
            Assert.That(entries, Does.Contain((longName, false)).And.Contain(("é🙂.md", false)).And.Contain(("pipe", false)).And.Contain(("sub", true)));
            Assert.That(links, Is.EqualTo(3));
        });
    }

    [Test]
    public void An_empty_folder_lists_nothing()
    {
        var empty = Directory.CreateDirectory(Path.Combine(repo.Root, "empty")).FullName;
        var entries = new List<(string Name, bool IsDirectory)> { ("kept", false) };
        Assert.That((PosixDirectory.TryList(empty, entries, out var links), links), Is.EqualTo((true, 0)));
        Assert.That(entries, Is.EqualTo(new[] { ("kept", false) }), "entries already there are kept");
    }

    [Test]
    public void What_cannot_be_opened_is_left_to_dotnet_with_nothing_added()
    {
        repo.Write("file.md", "x");
        var entries = new List<(string Name, bool IsDirectory)>();
        Assert.Multiple(() =>
        {
            Assert.That(PosixDirectory.TryList(Path.Combine(repo.Root, "missing"), entries, out _), Is.False);
            Assert.That(PosixDirectory.TryList(Path.Combine(repo.Root, "file.md"), entries, out _), Is.False);
            Assert.That(PosixDirectory.TryList(repo.Root + "\0x", entries, out _), Is.False);
            Assert.That(entries, Is.Empty);
        });
    }
}
