using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The inventory's path table (look-ups by span, numbers in first-seen order) against a dictionary, and joining paths
/// into a buffer (<see cref="RepoPath.TryCombine"/>) against a plain split-and-join reference.
/// </summary>
public sealed class PathTableTests
{
    [Test]
    public void Every_added_path_is_found_with_its_number_and_nothing_else_is()
    {
        var random = new Random(7);
        var table = new PathTable(); // starts small, so it grows many times
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var path = RandomPath(random);
            var added = table.Add(path);
            Assert.That(added, Is.EqualTo(reference.TryAdd(path, reference.Count)), path);
        }

        Assert.That(table.Count, Is.EqualTo(reference.Count));
        foreach (var (path, number) in reference)
        {
            // A copy, so equality is by characters, not by instance; and a slice of a longer string.
            Assert.That(table.IndexOf(new string(path.AsSpan())), Is.EqualTo(number), path);
            Assert.That(table.IndexOf(("x" + path + "/y").AsSpan(1, path.Length)), Is.EqualTo(number), path);
            Assert.That(table.Find(path, out var found), Is.EqualTo(number));
            Assert.That(found, Is.SameAs(table.Paths[number]));
        }

        for (var i = 0; i < 20_000; i++)
        {
            var path = RandomPath(random);
            Assert.That(table.IndexOf(path), Is.EqualTo(reference.TryGetValue(path, out var n) ? n : -1), path);
        }
    }

    [TestCase("")]
    [TestCase("a")]
    [TestCase("abc")]
    [TestCase("abcd")]
    [TestCase("abcde")]
    [TestCase("tools/deploy.sh")]
    [TestCase("dócs/ñame.md")]
    public void Near_misses_are_not_found(string path)
    {
        var table = new PathTable();
        table.Add(path);
        Assert.That(table.IndexOf(path), Is.EqualTo(0));
        Assert.That(table.Add(path), Is.False);
        Assert.That(table.IndexOf(path + "x"), Is.EqualTo(-1));
        Assert.That(table.IndexOf("x" + path), Is.EqualTo(-1));
        if (path.Length > 0)
        {
            Assert.That(table.IndexOf(path.AsSpan(0, path.Length - 1)), Is.EqualTo(-1));
            Assert.That(table.IndexOf(path[..^1] + (char)(path[^1] + 1)), Is.EqualTo(-1));
            Assert.That(table.IndexOf(path.ToUpperInvariant()), Is.EqualTo(-1)); // ordinal: case counts
        }
    }

    [Test]
    public void The_hash_depends_on_the_characters_only()
    {
        const string Path = "services/api/scripts/run-all.sh";
        Assert.That(PathTable.Hash(("..." + Path).AsSpan(3)), Is.EqualTo(PathTable.Hash(Path)));
        Assert.That(PathTable.Hash(Path + "\0"), Is.Not.EqualTo(PathTable.Hash(Path)));
    }

    [TestCase(new[] { "a.md", "b/c.sh", "b/d.sh", "bb.md" }, true)]
    [TestCase(new[] { "b/c.sh", "a.md" }, false)]
    [TestCase(new[] { "B.md", "a.md" }, true)] // ordinal: upper case first
    [TestCase(new[] { "a.md", "a.md", "b.md" }, true)] // a repeat keeps its first number
    [TestCase(new string[0], true)]
    public void The_inventory_knows_whether_its_numbers_follow_path_order(string[] paths, bool expected)
    {
        // Analysis compares two file targets by number only then (PhantomAnalyzer's edge order).
        Assert.That(new Inventory(paths).NumberedInOrdinalOrder, Is.EqualTo(expected));
    }

    [Test]
    public void The_inventory_answers_spans_with_its_own_strings()
    {
        var inventory = new Inventory(["tools/sre/deploy.sh", "docs/guide/intro.md", "README.md", "tools/sre/deploy.sh"]);
        Assert.That(inventory.Count, Is.EqualTo(3));
        Assert.That(inventory.TryGetFile("xtools/sre/deploy.sh".AsSpan(1), out var canonical, out var id), Is.True);
        Assert.That(canonical, Is.SameAs(inventory.PathOf(0)));
        Assert.That(id, Is.EqualTo(0));
        Assert.That(inventory.TryGetFile("tools/sre/deploy.SH".AsSpan(), out canonical, out id), Is.False);
        Assert.That(canonical, Is.Null);
        Assert.That(id, Is.EqualTo(-1));
        Assert.That(inventory.TryGetFile("docs/missing.md", out var given, out _), Is.False);
        Assert.That(given, Is.EqualTo("docs/missing.md"));
        Assert.That(inventory.PathOf(2), Is.EqualTo("README.md"));

        foreach (var folder in new[] { "", "tools", "tools/sre", "docs", "docs/guide" })
        {
            Assert.That(inventory.HasFolder(folder), Is.True, folder);
            Assert.That(inventory.HasFolder(("/" + folder).AsSpan(1)), Is.True, folder);
        }

        foreach (var notFolder in new[] { "tool", "tools/", "tools/sre/deploy.sh", "README.md", "guide", "docs/guide/x" })
        {
            Assert.That(inventory.HasFolder(notFolder), Is.False, notFolder);
        }
    }

    [TestCase("", "a.sh", "a.sh")]
    [TestCase("docs", "a.md", "docs/a.md")]
    [TestCase("docs", "./a.md", "docs/a.md")]
    [TestCase("docs/guide", "../a.md", "docs/a.md")]
    [TestCase("docs/guide", "../../a.md", "a.md")]
    [TestCase("docs/guide", "../../../a.md", null)]
    [TestCase("", "../a.md", null)]
    [TestCase("docs", "..", "")]
    [TestCase("docs", "a//b/./c/", "docs/a/b/c")]
    [TestCase("docs", "/a.md", "docs/a.md")]
    [TestCase("docs", ".hidden/x.sh", "docs/.hidden/x.sh")]
    [TestCase("docs", "..x/y", "docs/..x/y")]
    [TestCase("a/b", "c/../../d/./e.md", "a/d/e.md")]
    public void Joining_into_a_buffer_matches_the_string_join(string folder, string relative, string? expected)
    {
        Assert.That(RepoPath.Combine(folder, relative), Is.EqualTo(expected));
        var buffer = new char[RepoPath.CombinedCapacity(folder, relative)];
        var joined = RepoPath.TryCombine(folder, relative, buffer, out var length);
        Assert.That(joined ? new string(buffer, 0, length) : null, Is.EqualTo(expected));
    }

    [Test]
    public void Joining_generated_paths_matches_a_split_and_join_reference()
    {
        var random = new Random(11);
        string[] segments = ["a", "bc", ".", "..", "", "d.sh", ".e", "..f", "g.."];
        for (var i = 0; i < 20_000; i++)
        {
            var folder = string.Join('/', Enumerable.Range(0, random.Next(4)).Select(_ => "f" + random.Next(3)));
            var relative = string.Join('/', Enumerable.Range(0, 1 + random.Next(5)).Select(_ => segments[random.Next(segments.Length)]));
            var expected = Reference(folder, relative);
            Assert.That(RepoPath.Combine(folder, relative), Is.EqualTo(expected), $"{folder} + {relative}");
            var buffer = new char[RepoPath.CombinedCapacity(folder, relative)];
            Assert.That(RepoPath.TryCombine(folder, relative, buffer, out var length) ? new string(buffer, 0, length) : null, Is.EqualTo(expected), $"{folder} + {relative}");
        }
    }

    /// <summary>The obvious way: split both, pop on "..", skip "" and ".", join.</summary>
    private static string? Reference(string folder, string relative)
    {
        var parts = folder.Length == 0 ? new List<string>() : folder.Split('/').ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    private static string RandomPath(Random random)
    {
        string[] parts = ["docs", "tools", "scripts", "a", "b", "ç", "x-y", "run.sh", "guide.md", "deploy.py"];
        var count = 1 + random.Next(4);
        var path = string.Join('/', Enumerable.Range(0, count).Select(_ => parts[random.Next(parts.Length)]));
        return random.Next(4) == 0 ? path + random.Next(50) : path;
    }
}
