using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// Resolves references: root aliases removed, then relative to the source's folder, to the root and to each search
/// path; a bare file name resolves when the inventory has a file of that name anywhere.
/// </summary>
public sealed class ReferenceResolver
{
    private static readonly string[] ScriptDirPrefixes =
    [
        "$SCRIPT_DIR/", "${SCRIPT_DIR}/", "$SCRIPTDIR/", "${SCRIPTDIR}/", "$script_dir/", "${script_dir}/", "$DIR/", "${DIR}/",
        "$HERE/", "${HERE}/", "$here/", "${here}/", "$PSScriptRoot/", "${PSScriptRoot}/", "$BASEDIR/", "${BASEDIR}/",
        "$(dirname \"$0\")/", "$(dirname $0)/", "$(dirname \"${BASH_SOURCE[0]}\")/", "${0%/*}/", "${BASH_SOURCE%/*}/",
    ];

    private static readonly System.Buffers.SearchValues<char> PlaceholderChars = System.Buffers.SearchValues.Create("{}<>*?");

    private readonly Inventory inventory;
    private readonly IReadOnlyList<string> searchPaths;
    private readonly RootAliases aliases;
    private readonly WildcardSet placeholders;
    private readonly WildcardSet ignore;

    /// <summary>Creates a resolver over <paramref name="inventory"/> with the phantom settings.</summary>
    public ReferenceResolver(Inventory inventory, PhantomsConfig config)
    {
        this.inventory = inventory;
        searchPaths = config.SearchPaths.Select(p => p.Trim('/')).ToList();
        aliases = new RootAliases(config.RootAliases);
        placeholders = new WildcardSet(config.Placeholders);
        ignore = new WildcardSet(config.Ignore);
    }

    /// <summary>The inventory references resolve against.</summary>
    public Inventory Inventory => inventory;

    /// <summary>The configured root aliases, prepared.</summary>
    internal RootAliases RootAliases => aliases;

    /// <summary>
    /// Resolves <paramref name="reference"/> found in <paramref name="sourcePath"/>; a command that runs in
    /// <paramref name="baseFolder"/> (a CI step's working directory, repository-relative) is looked for there too.
    /// </summary>
    public Resolution Resolve(RawReference reference, string sourcePath, string? baseFolder = null) =>
        ResolveIn(reference, RepoPath.Folder(sourcePath), baseFolder);

    /// <summary>Resolves <paramref name="reference"/> found in a file of <paramref name="sourceFolder"/> (the analyzer computes it once per source).</summary>
    internal Resolution ResolveIn(RawReference reference, string sourceFolder, string? baseFolder)
    {
        var text = reference.Text;
        if (ignore.AnyMatch(text))
        {
            return new Resolution(Outcome.Ignored, text);
        }

        var fromRoot = false;
        var alias = StripAlias(text);
        if (alias is not null)
        {
            text = alias;
            fromRoot = true;
        }
        else if (StripScriptDir(text) is { } local)
        {
            text = local;
            return Finish(reference, text, [RepoPath.Combine(sourceFolder, text)], baseFolder);
        }

        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        var name = text.AsSpan(text.LastIndexOf('/') + 1);
        if (name.Length == 0 || name[0] == '.' && reference.Kind == ReferenceKind.Tool && name.LastIndexOf('.') == 0)
        {
            return new Resolution(Outcome.NotAReference, text);
        }

        if (text.StartsWith('$'))
        {
            var end = text.IndexOf('/', StringComparison.Ordinal);
            var variable = end < 0 ? text : text[..end];
            return new Resolution(Outcome.External, text, Detail: $"starts with the variable {variable}, which is not a configured root alias");
        }

        if (text.StartsWith('~'))
        {
            return new Resolution(Outcome.External, text, Detail: "is in a home folder, outside the repository");
        }

        if (text.StartsWith('/'))
        {
            if (reference.Kind != ReferenceKind.Link)
            {
                return new Resolution(Outcome.External, text, Detail: "is an absolute path outside the repository");
            }

            fromRoot = true; // GitHub resolves "/docs/x.md" in Markdown from the repository root.
            text = text.TrimStart('/');
        }

        if (text.AsSpan().IndexOfAny(PlaceholderChars) >= 0)
        {
            return new Resolution(Outcome.Placeholder, text);
        }

        // The first candidate is the path the author most likely meant; it is reported when nothing exists.
        // Links are relative to their file (as GitHub renders them); local actions to the root (as Actions runs them);
        // commands in prose and scripts usually run from the root, unless they start with "../".
        // A command with a working folder (a CI step's) runs there, so that comes first; the other places still count.
        var sourceFirst = reference.Kind == ReferenceKind.Link || text.StartsWith("../", StringComparison.Ordinal);
        var baseFirst = baseFolder is not null && !fromRoot && reference.Kind is ReferenceKind.Tool or ReferenceKind.Sourced;

        // Most references name a file that exists at the first candidate: answer before building the others, and
        // without making a string of the candidate.
        var firstFolder = baseFirst ? baseFolder : sourceFirst && !fromRoot ? (reference.Kind != ReferenceKind.LocalAction ? sourceFolder : null) : "";
        if (firstFolder is not null)
        {
            var capacity = RepoPath.CombinedCapacity(firstFolder, text);
            var buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
            if (RepoPath.TryCombine(firstFolder, text, buffer, out var length) && Exists(buffer[..length], reference.Kind, out var existing, out var id))
            {
                return Found(existing, id);
            }
        }

        var candidates = new List<string?>();
        if (baseFirst)
        {
            candidates.Add(RepoPath.Combine(baseFolder!, text));
        }

        var sourceRelative = !fromRoot && reference.Kind != ReferenceKind.LocalAction ? RepoPath.Combine(sourceFolder, text) : null;
        if (sourceFirst && !fromRoot)
        {
            candidates.Add(sourceRelative);
        }

        if (reference.Kind != ReferenceKind.Link || fromRoot)
        {
            candidates.Add(RepoPath.Combine("", text));
            if (!sourceFirst && sourceRelative is not null)
            {
                candidates.Add(sourceRelative);
            }

            foreach (var folder in searchPaths)
            {
                candidates.Add(RepoPath.Combine(folder, text));
            }
        }

        return Finish(reference, text, candidates, baseFolder);
    }

    private Resolution Finish(RawReference reference, string text, List<string?> candidates, string? baseFolder)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && Exists(candidate, reference.Kind, out var existing, out var id))
            {
                return Found(existing, id);
            }
        }

        // A bare name ("deploy.sh") may be on the PATH or found by a tool, so a file of that name anywhere will do; but
        // a command known to run in a folder (a CI step's) that says "./deploy.sh" means the one in that folder.
        var bare = !text.Contains('/', StringComparison.Ordinal) && !(baseFolder is not null && reference.Text.StartsWith("./", StringComparison.Ordinal));
        if (bare && reference.Kind is ReferenceKind.Tool or ReferenceKind.Sourced && inventory.WithName(text) is [var named, ..])
        {
            inventory.TryGetFile(named, out var canonical, out var namedId);
            return Found(canonical, namedId);
        }

        if (candidates.Count > 0 && candidates[0] is null)
        {
            return new Resolution(Outcome.EscapesRoot, text, Detail: "climbs out of the repository root");
        }

        var target = candidates.FirstOrDefault(c => c is not null) ?? text;
        if (IsPlaceholder(text))
        {
            return new Resolution(Outcome.Placeholder, target);
        }

        if (ignore.AnyMatch(target))
        {
            return new Resolution(Outcome.Ignored, target);
        }

        string? variant = null;
        foreach (var candidate in candidates)
        {
            variant ??= candidate is null ? null : inventory.CaseVariant(candidate);
        }

        if (variant is null && bare)
        {
            var sameName = inventory.WithNameIgnoringCase(text);
            variant = sameName.Count > 0 ? sameName[0] : null;
        }

        return new Resolution(Outcome.Missing, target, variant);
    }

    /// <summary>The resolution to an existing <paramref name="target"/>.</summary>
    private static Resolution Found(string target, int id) => new(Outcome.Exists, target) { TargetId = id };

    private bool IsPlaceholder(string text) =>
        placeholders.AnyMatch(text) || placeholders.AnyMatch(text.AsSpan(text.LastIndexOf('/') + 1)) || KnownNames.IsProductName(text);

    /// <summary>
    /// True when <paramref name="path"/> exists as <paramref name="kind"/> needs; <paramref name="target"/> is then the
    /// path to report (the inventory's own string for a file) and <paramref name="id"/> the file's number, or -1 for a
    /// folder.
    /// </summary>
    private bool Exists(ReadOnlySpan<char> path, ReferenceKind kind, out string target, out int id)
    {
        if (inventory.TryGetFile(path, out var file, out id))
        {
            target = file;
            return kind != ReferenceKind.LocalAction || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal);
        }

        var exists = kind switch
        {
            ReferenceKind.Link => inventory.HasFolder(path),
            ReferenceKind.LocalAction => !path.EndsWith(".yml", StringComparison.Ordinal) && !path.EndsWith(".yaml", StringComparison.Ordinal)
                && (HasFileIn(path, "/action.yml") || HasFileIn(path, "/action.yaml") || HasFileIn(path, "/Dockerfile")),
            _ => false,
        };
        target = exists ? path.ToString() : "";
        return exists;
    }

    private bool HasFileIn(ReadOnlySpan<char> folder, string name) => inventory.HasFile(string.Concat(folder, name));

    private string? StripAlias(string text) => aliases.Strip(text);

    private static string? StripScriptDir(string text)
    {
        if (!text.StartsWith('$'))
        {
            return null; // every prefix starts with '$'
        }

        foreach (var prefix in ScriptDirPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..];
            }
        }

        return null;
    }
}
