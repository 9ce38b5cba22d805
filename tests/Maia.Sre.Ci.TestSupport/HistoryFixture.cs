using System.Diagnostics;

namespace Maia.Sre.Ci.TestSupport;

/// <summary>
/// A golden scenario whose git history matters (<c>tests/Fixtures/history/&lt;name&gt;/</c>, see the README there):
/// <c>history.sh</c> builds the repository commit by commit with fixed identities and dates, so its commit hashes, and
/// the messages naming them, are the same on every machine.
/// </summary>
public sealed class HistoryFixture
{
    // Sourced before history.sh: a repository with no configuration from the machine, and 'commit MESSAGE' committing
    // everything staged on day N of October 2026.
    private const string Prelude = """
        set -euo pipefail
        export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
        export GIT_AUTHOR_NAME=Maia GIT_AUTHOR_EMAIL=maia@example.invalid GIT_COMMITTER_NAME=Maia GIT_COMMITTER_EMAIL=maia@example.invalid
        git init -q -b main
        git config user.name Maia
        git config user.email maia@example.invalid
        git config core.autocrlf false
        day=0
        commit() {
          day=$((day + 1))
          local date; date=$(printf '2026-10-%02dT12:00:00Z' "$day")
          GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date git commit -q --no-verify --no-gpg-sign -m "$1"
        }
        """;

    private HistoryFixture(string name) => Name = name;

    public string Name { get; }

    public string Folder => Path.Combine(RepoPaths.Fixtures, "history", Name);

    /// <summary>Every history scenario, by name.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "history"))
            .Where(d => File.Exists(Path.Combine(d, "history.sh")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static HistoryFixture Load(string name) => new(name);

    /// <summary>Builds the repository in a new temporary folder.</summary>
    public TempRepo Build()
    {
        var repo = new TempRepo();
        var info = new ProcessStartInfo("bash") { WorkingDirectory = repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Prelude + "\nsource \"$1\"\n");
        info.ArgumentList.Add("history");
        info.ArgumentList.Add(Path.Combine(Folder, "history.sh"));
        using var bash = Process.Start(info)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        if (bash.ExitCode != 0)
        {
            repo.Dispose();
            throw new InvalidOperationException($"{Name}/history.sh failed ({bash.ExitCode}): {error}{output.Result}");
        }

        return repo;
    }

    /// <summary>A <c>git clone --depth 1</c> of <paramref name="repo"/> in a new temporary folder: the same files, no history.</summary>
    public static TempRepo ShallowClone(TempRepo repo)
    {
        var clone = new TempRepo();
        Directory.Delete(clone.Root);
        repo.Git("clone", "-q", "--depth", "1", "file://" + repo.Root, clone.Root);
        return clone;
    }

    /// <summary>The golden file's text (empty when missing), or rewrites it with <paramref name="actual"/> when UPDATE_GOLDEN=1.</summary>
    public string Golden(string file, string actual)
    {
        var path = Path.Combine(Folder, file);
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllText(path, actual);
        }

        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>Golden finding lines (see <see cref="Golden"/>), one per line.</summary>
    public IReadOnlyList<string> GoldenLines(string file, IReadOnlyList<string> actual) =>
        Golden(file, string.Join('\n', actual) + (actual.Count > 0 ? "\n" : "")).Split('\n').Where(l => l.Length > 0).ToList();
}
