namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// The repository's ignore rules, as git applies them: every <c>.gitignore</c> in the tree (a deeper file's patterns
/// win over a shallower one's, a later line over an earlier one), <c>.git/info/exclude</c> and the user's global
/// excludes file. A path under an ignored folder is ignored. Read once, when the first missing file is checked: a
/// missing file that git would ignore is a build or run-time output, not a phantom.
/// </summary>
public sealed class IgnoreRules
{
    private readonly Dictionary<string, List<GitIgnorePattern>> byFolder = new(StringComparer.Ordinal);

    private IgnoreRules()
    {
    }

    /// <summary>No rules at all.</summary>
    public static IgnoreRules None { get; } = new();

    /// <summary>Reads the rules under <paramref name="root"/>; <paramref name="files"/> lists the repository's files.</summary>
    public static IgnoreRules Load(string root, IEnumerable<string> files)
    {
        var rules = new IgnoreRules();
        var global = GlobalExcludesFile();
        if (global is not null)
        {
            rules.Add("", global);
        }

        rules.Add("", Path.Combine(root, ".git", "info", "exclude"));
        foreach (var file in files)
        {
            if (file == ".gitignore" || file.EndsWith("/.gitignore", StringComparison.Ordinal))
            {
                rules.Add(RepoPath.Folder(file), Path.Combine(root, file));
            }
        }

        return rules;
    }

    /// <summary>True when git would ignore <paramref name="path"/> (repository-relative), taken as a file.</summary>
    public bool IsIgnored(string path)
    {
        if (byFolder.Count == 0)
        {
            return false;
        }

        // Each folder on the way down first: a file in an ignored folder is ignored, and cannot be re-included.
        var at = path.IndexOf('/', StringComparison.Ordinal);
        while (at >= 0)
        {
            if (Decide(path[..at], isFolder: true))
            {
                return true;
            }

            at = path.IndexOf('/', at + 1);
        }

        return Decide(path, isFolder: false);
    }

    private bool Decide(string path, bool isFolder)
    {
        bool? ignored = null;

        // Shallow to deep: the deepest .gitignore that has a say wins; within a file, the last matching line.
        var folder = "";
        while (true)
        {
            if (byFolder.TryGetValue(folder, out var patterns))
            {
                var relative = folder.Length == 0 ? path : path[(folder.Length + 1)..];
                for (var i = patterns.Count - 1; i >= 0; i--)
                {
                    if (patterns[i].Matches(relative, isFolder))
                    {
                        ignored = !patterns[i].Negated;
                        break;
                    }
                }
            }

            var next = path.IndexOf('/', folder.Length == 0 ? 0 : folder.Length + 1);
            if (next < 0)
            {
                return ignored ?? false;
            }

            folder = path[..next];
        }
    }

    private void Add(string folder, string file)
    {
        string[] lines;
        try
        {
            if (!File.Exists(file))
            {
                return;
            }

            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return; // an unreadable ignore file ignores nothing, as git treats it
        }

        if (!byFolder.TryGetValue(folder, out var patterns))
        {
            byFolder[folder] = patterns = [];
        }

        foreach (var line in lines)
        {
            if (GitIgnorePattern.Parse(line) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }
    }

    /// <summary>
    /// The global excludes file git reads: <c>core.excludesFile</c> from the user's <c>~/.gitconfig</c>, else
    /// <c>$XDG_CONFIG_HOME/git/ignore</c> (default <c>~/.config/git/ignore</c>).
    /// </summary>
    private static string? GlobalExcludesFile()
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
        {
            return null;
        }

        try
        {
            var config = Path.Combine(home, ".gitconfig");
            if (File.Exists(config))
            {
                foreach (var raw in File.ReadLines(config))
                {
                    var line = raw.Trim();
                    if (line.StartsWith("excludesfile", StringComparison.OrdinalIgnoreCase) && line.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
                    {
                        var value = line[(eq + 1)..].Trim().Trim('"');
                        return value.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, value[2..]) : value;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No readable configuration: fall back to the default location.
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".config") : xdg, "git", "ignore");
    }
}
