using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>The three-system-call read on Linux: what it answers itself and what it leaves to .NET's path.</summary>
public sealed class PosixFileReadTests
{
    private TempRepo repo = null!;

    [SetUp]
    public void CreateRepo()
    {
        Assume.That(PosixFileRead.IsAvailable, "Linux on x86-64 or arm64 only");
        repo = new TempRepo();
    }

    [TearDown]
    public void DeleteRepo() => repo?.Dispose();

    [TestCase(1)]
    [TestCase(4096)]
    [TestCase((32 * 1024) - 1)]
    [TestCase(32 * 1024)]
    [TestCase((32 * 1024) + 1)]
    [TestCase(65_537)]
    [TestCase(300_000)]
    public void A_regular_file_is_read_whole(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var path = Path.Combine(repo.Root, "a.bin");
        File.WriteAllBytes(path, bytes);
        Assert.That(Read(path, out var read), Is.EqualTo(PosixFileRead.Outcome.Read));
        Assert.That(read, Is.EqualTo(bytes));
    }

    [Test]
    public void A_path_longer_than_the_stack_buffer_is_read_too()
    {
        var folder = repo.Root;
        for (var i = 0; i < 8; i++)
        {
            folder = Path.Combine(folder, new string((char)('a' + i), 200));
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "ünïcode.md");
        File.WriteAllText(path, "# x\n");
        Assert.That(path.Length, Is.GreaterThan(1024));
        Assert.That(Read(path, out var read), Is.EqualTo(PosixFileRead.Outcome.Read));
        Assert.That(read, Is.EqualTo("# x\n"u8.ToArray()));
    }

    [Test]
    public void A_file_under_a_folder_is_read_as_the_joined_path_names_it()
    {
        Directory.CreateDirectory(Path.Combine(repo.Root, "docs", "ünï"));
        File.WriteAllText(Path.Combine(repo.Root, "docs", "ünï", "a.md"), "joined\n");
        File.WriteAllText(Path.Combine(repo.Root, "top.md"), "top\n");
        Assert.Multiple(() =>
        {
            Assert.That(ReadUnder(repo.Root, "docs/ünï/a.md", out var read), Is.EqualTo(PosixFileRead.Outcome.Read));
            Assert.That(read, Is.EqualTo("joined\n"u8.ToArray()));
            Assert.That(ReadUnder(repo.Root + "/", "top.md", out read), Is.EqualTo(PosixFileRead.Outcome.Read), "folder ending in a slash");
            Assert.That(read, Is.EqualTo("top\n"u8.ToArray()));
            Assert.That(ReadUnder("/nowhere", Path.Combine(repo.Root, "top.md"), out read), Is.EqualTo(PosixFileRead.Outcome.Read), "a rooted relative path wins, as Path.Combine has it");
            Assert.That(read, Is.EqualTo("top\n"u8.ToArray()));
            Assert.That(ReadUnder(repo.Root, "docs/nope.md", out _), Is.EqualTo(PosixFileRead.Outcome.Missing));
            Assert.That(ReadUnder(repo.Root, "top.md\0x", out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere), "NUL in the relative part");
        });
    }

    [Test]
    public void A_path_with_a_NUL_character_is_left_to_dotnet()
    {
        File.WriteAllText(Path.Combine(repo.Root, "a.md"), "x");
        Assert.That(Read(Path.Combine(repo.Root, "a.md") + "\0.txt", out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
    }

    [Test]
    public void A_missing_file_is_missing() =>
        Assert.That(Read(Path.Combine(repo.Root, "nope.md"), out _), Is.EqualTo(PosixFileRead.Outcome.Missing));

    [Test]
    public void A_symbolic_link_is_never_followed_even_to_a_file_inside_the_root()
    {
        File.WriteAllText(Path.Combine(repo.Root, "real.md"), "x");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "inside.md"), Path.Combine(repo.Root, "real.md"));
        File.CreateSymbolicLink(Path.Combine(repo.Root, "outside.md"), "/etc/hostname");
        File.CreateSymbolicLink(Path.Combine(repo.Root, "dangling.md"), Path.Combine(repo.Root, "gone.md"));
        Assert.Multiple(() =>
        {
            Assert.That(Read(Path.Combine(repo.Root, "inside.md"), out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
            Assert.That(Read(Path.Combine(repo.Root, "outside.md"), out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
            Assert.That(Read(Path.Combine(repo.Root, "dangling.md"), out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
        });
    }

    [Test]
    public void A_folder_is_left_to_dotnet()
    {
        Directory.CreateDirectory(Path.Combine(repo.Root, "docs.md"));
        Assert.That(Read(Path.Combine(repo.Root, "docs.md"), out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
    }

    [Test]
    public void Empty_files_and_files_over_the_limit_are_left_to_dotnet_which_reports_them()
    {
        var empty = Path.Combine(repo.Root, "empty.md");
        File.WriteAllText(empty, "");
        var big = Path.Combine(repo.Root, "big.md");
        using (var file = File.Create(big))
        {
            file.SetLength(5_000_000); // sparse: no data written
        }

        Assert.Multiple(() =>
        {
            Assert.That(Read(empty, out _), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
            Assert.That(PosixFileRead.TryRead(big, 4_000_000, out var buffer, out var length), Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
            Assert.That(buffer.Length, Is.Zero, "no buffer");
            Assert.That(length, Is.Zero);
        });
    }

    [TestCase(99, 100, true)]
    [TestCase(100, 100, true)]
    [TestCase(101, 100, false)]
    [TestCase(200, 100, false)]
    [TestCase(40_000, 40_000, true)]
    [TestCase(40_001, 40_000, false)]
    public void The_limit_holds_whether_the_file_ends_within_the_first_read_or_after_it(int size, int maxBytes, bool read)
    {
        // The first read asks for at most the limit plus one byte (rounded up by the pool), so a file just over the
        // limit fills neither that read nor the size check's doubt.
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 3)).ToArray();
        var path = Path.Combine(repo.Root, "a.bin");
        File.WriteAllBytes(path, bytes);
        var outcome = PosixFileRead.TryRead(path, maxBytes, out var buffer, out var length);
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(read ? PosixFileRead.Outcome.Read : PosixFileRead.Outcome.Elsewhere));
            Assert.That(buffer.Span[..length].ToArray(), Is.EqualTo(read ? bytes : Array.Empty<byte>()));
            Assert.That(buffer.Length > 0, Is.EqualTo(read), "a buffer only with the bytes");
        });
        buffer.Dispose();
    }

    [Test]
    public void A_named_pipe_is_left_to_dotnet_without_waiting_for_a_writer()
    {
        var path = repo.MakeFifo("pipe.md");
        var read = Task.Run(() => Read(path, out _));
        Assert.That(read.Wait(TimeSpan.FromSeconds(10)), Is.True, "opened without blocking");
        Assert.That(read.Result, Is.EqualTo(PosixFileRead.Outcome.Elsewhere));
    }

    private static PosixFileRead.Outcome Read(string path, out byte[] bytes) => ReadUnder(path, null, out bytes);

    private static PosixFileRead.Outcome ReadUnder(string folder, string? relative, out byte[] bytes)
    {
        var outcome = PosixFileRead.TryRead(folder, relative, 16L * 1024 * 1024, out var buffer, out var length);
        bytes = buffer.Span[..length].ToArray();
        buffer.Dispose();
        return outcome;
    }
}
