namespace Maia.Sre.Ci.TestSupport;

/// <summary>
/// A golden scenario: <c>tests/Fixtures/&lt;name&gt;/repo/</c> is a tiny repository, <c>expected.txt</c> holds the
/// canonical finding lines (sorted) that every host must print for it, and <c>args.txt</c> (optional) holds extra
/// command-line arguments, one per line.
/// </summary>
public sealed class Fixture
{
    private Fixture(string name) => Name = name;

    public string Name { get; }

    public string Folder => Path.Combine(RepoPaths.Fixtures, Name);

    public string Repo => Path.Combine(Folder, "repo");

    public string ExpectedPath => Path.Combine(Folder, "expected.txt");

    public IReadOnlyList<string> Args =>
        File.Exists(Path.Combine(Folder, "args.txt"))
            ? File.ReadAllLines(Path.Combine(Folder, "args.txt")).Where(l => l.Length > 0).ToList()
            : [];

    /// <summary>Every fixture folder with a repo/ inside, by name.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(RepoPaths.Fixtures)
            .Where(d => Directory.Exists(Path.Combine(d, "repo")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static Fixture Load(string name) => new(name);

    /// <summary>The expected lines, or rewrites them when UPDATE_GOLDEN=1.</summary>
    public IReadOnlyList<string> Expected(IReadOnlyList<string> actual)
    {
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllText(ExpectedPath, string.Join('\n', actual) + (actual.Count > 0 ? "\n" : ""));
        }

        return File.Exists(ExpectedPath) ? File.ReadAllLines(ExpectedPath).Where(l => l.Length > 0).ToList() : [];
    }

    /// <summary>Copies the repository into a temporary folder (outside this git work tree).</summary>
    public TempRepo CopyToTemp() => new(Repo);
}
