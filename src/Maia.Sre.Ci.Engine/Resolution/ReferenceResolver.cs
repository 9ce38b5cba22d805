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

    /// <summary>Resolves <paramref name="reference"/> found in <paramref name="sourcePath"/>.</summary>
    public Resolution Resolve(RawReference reference, string sourcePath) =>
        ResolveIn(reference, RepoPath.Folder(sourcePath));

    /// <summary>Resolves <paramref name="reference"/> found in a file of <paramref name="sourceFolder"/> (the analyzer computes it once per source).</summary>
    internal Resolution ResolveIn(RawReference reference, string sourceFolder)
    {
        var text = reference.Text;
        if (ignore.AnyMatch(text))
        {
            return new Resolution(Outcome.Ignored, text);
        }

        // An extension alone ("--ext .ts", "*.sh" cut at the star) names no file.
        var last = text.AsSpan(text.LastIndexOf('/') + 1);
        if (reference.Kind == ReferenceKind.Tool && last.Length > 0 && last[0] == '.' && last.LastIndexOf('.') == 0)
        {
            return new Resolution(Outcome.NotAReference, text);
        }

        // The folder the command runs in (cd, working-directory) comes first: "$SCRIPT_DIR/…", "/…" from the root,
        // or a prefix under wherever the command starts.
        var fromRoot = false;
        if (reference.Folder is { } runFolder && text.Length > 0 && text[0] is not ('/' or '$' or '~'))
        {
            if (runFolder.StartsWith('/'))
            {
                // Known from the root (a CI step's working folder): the path is root-relative, wherever it points.
                if (RepoPath.Combine(runFolder.TrimStart('/'), StripDot(text)) is not { } rooted)
                {
                    return new Resolution(Outcome.EscapesRoot, text, Detail: "climbs out of the repository root");
                }

                text = rooted;
                fromRoot = true;
            }
            else
            {
                text = runFolder.TrimEnd('/') + "/" + StripDot(text);
            }
        }

        var alias = StripAlias(text);
        if (alias is not null)
        {
            text = alias;
            fromRoot = true;
        }
        else if (StripScriptDir(text) is { } local)
        {
            if (local.Contains('$'))
            {
                // "$PSScriptRoot/$module/$module.psm1": the rest is only known when the script runs.
                return new Resolution(Outcome.External, text, Detail: "names its file with a variable, known only when the script runs");
            }

            text = local;
            return Finish(reference, text, [RepoPath.Combine(sourceFolder, text)], sourceFolder, scriptRelative: true) with { KnownFolder = true };
        }

        text = StripDot(text);
        var isLink = reference.Kind == ReferenceKind.Link;
        var folderLink = isLink && text.Length > 1 && text.EndsWith('/');
        if (folderLink)
        {
            text = text.TrimEnd('/'); // "[x](docs/)" links a folder
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
            // GitHub resolves "/docs/x.md" in Markdown from the repository root; a command's "/apps/web/x.ts" is
            // root-relative too when its first folder is one of the root's (no system folder is).
            var first = text.AsSpan(1);
            var slash = first.IndexOf('/');
            if (!isLink && !(slash > 0 && inventory.HasFolder(first[..slash])))
            {
                return new Resolution(Outcome.External, text, Detail: "is an absolute path outside the repository");
            }

            fromRoot = true;
            text = text.TrimStart('/');
        }

        if (text.AsSpan().IndexOfAny(PlaceholderChars) >= 0)
        {
            return new Resolution(Outcome.Placeholder, text);
        }

        // The first candidate is the path the author most likely meant; it is reported when nothing exists.
        // Links are relative to their file (as GitHub renders them); local actions to the root (as Actions runs them);
        // commands in prose and scripts usually run from the root, unless they start with "../".
        var sourceFirst = isLink || text.StartsWith("../", StringComparison.Ordinal);

        // Most references name a file that exists at the first candidate: answer before building the others, and
        // without making a string of the candidate.
        var firstFolder = sourceFirst && !fromRoot ? (reference.Kind != ReferenceKind.LocalAction ? sourceFolder : null) : "";
        if (firstFolder is not null)
        {
            var capacity = RepoPath.CombinedCapacity(firstFolder, text);
            var buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
            if (RepoPath.TryCombine(firstFolder, text, buffer, out var length) && Exists(buffer[..length], reference.Kind, folderLink, out var existing, out var id))
            {
                return Found(existing, id);
            }
        }

        var candidates = new List<string?>();
        var primary = int.MaxValue;
        var sourceRelative = !fromRoot && reference.Kind != ReferenceKind.LocalAction ? RepoPath.Combine(sourceFolder, text) : null;
        if (sourceFirst && !fromRoot)
        {
            candidates.Add(sourceRelative);
        }

        if (!isLink || fromRoot)
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

            // Scripts, docs and agent files in a sub-project often name paths from that project's root: each folder
            // above the source is a place the command may run from. Links are left to GitHub's rule.
            primary = candidates.Count;
            if (!fromRoot && reference.Kind != ReferenceKind.LocalAction)
            {
                var above = sourceFolder;
                while (above.Length > 0)
                {
                    above = RepoPath.Folder(above);
                    if (above.Length > 0)
                    {
                        candidates.Add(RepoPath.Combine(above, text));
                    }
                }
            }
        }

        return Finish(reference, text, candidates, sourceFolder, scriptRelative: false, folderLink, primary) with
        {
            KnownFolder = alias is not null || reference.Folder is not null,
        };
    }

    /// <summary>
    /// False when a command runs in a folder (<paramref name="runFolder"/>, from <c>cd</c> or a step's
    /// <c>working-directory</c>) that exists nowhere it could be: a folder the script makes, or another checkout.
    /// </summary>
    private bool RunFolderExists(string? runFolder, string sourceFolder)
    {
        if (runFolder is null || runFolder.StartsWith('$'))
        {
            return true;
        }

        if (runFolder.StartsWith('/'))
        {
            return inventory.HasFolder(runFolder.TrimStart('/'));
        }

        var above = sourceFolder;
        while (true)
        {
            if (RepoPath.Combine(above, runFolder) is { } folder && inventory.HasFolder(folder))
            {
                return true;
            }

            if (above.Length == 0)
            {
                return false;
            }

            above = RepoPath.Folder(above);
        }
    }

    private static string StripDot(string text)
    {
        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text;
    }

    private Resolution Finish(RawReference reference, string text, List<string?> candidates, string sourceFolder, bool scriptRelative, bool folderLink = false, int primary = int.MaxValue)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && Exists(candidate, reference.Kind, folderLink, out var existing, out var id))
            {
                return Found(existing, id);
            }
        }

        // A bare name ("deploy.sh") may be on the PATH or found by a tool, so a file of that name anywhere will do; but
        // a command known to run in a folder (a CI step's, after cd) that says "./deploy.sh" means the one there.
        var bare = !text.Contains('/', StringComparison.Ordinal) && !(reference.Folder is not null && reference.Text.StartsWith("./", StringComparison.Ordinal));
        if (bare && reference.Kind is ReferenceKind.Tool or ReferenceKind.Sourced or ReferenceKind.Path && inventory.WithName(text) is [var named, ..])
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

        var (anchoring, anchor) = variant is not null ? (Anchoring.Anchored, null)
            : scriptRelative && inventory.HasFolder(sourceFolder) ? (Anchoring.Anchored, sourceFolder)
            : bare ? (Anchoring.NameNowhere, null)
            : AnchoringOf(text, candidates, primary);
        if (!RunFolderExists(reference.Folder, sourceFolder))
        {
            anchoring = Anchoring.ForeignRunFolder; // after "cd build" into a folder the repository does not have
        }
        else if (anchoring is not Anchoring.Anchored && reference.Text.StartsWith("./", StringComparison.Ordinal)
            && reference.Text.IndexOf('/', 2) < 0 && reference.Doubt is null)
        {
            anchoring = Anchoring.WorkingFolder; // "./x": the file in the folder the command runs in (not "./other/x" in a folder that is not here)
        }

        return new Resolution(Outcome.Missing, target, variant) { Anchoring = anchoring, AnchorFolder = anchor };
    }

    /// <summary>
    /// Whether a missing path is tied to this repository: for some candidate, a folder of the path exists below the
    /// candidate's base. From the root, the source's folder or a configured folder that is enough; from a folder
    /// above the source (the candidates from <paramref name="primary"/> on), the folder must also hold files of the
    /// path's kind, so a tutorial's <c>tutorial/urls.py</c> next to Markdown pages in <c>docs/tutorial/</c> is not
    /// taken for a file of the repository. A path whose folders are all missing may describe another project.
    /// </summary>
    private (Anchoring Anchoring, string? Folder) AnchoringOf(string text, List<string?> candidates, int primary)
    {
        var name = RepoPath.Name(text);
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 ? name[dot..] : "";
        var depth = text.Count(c => c == '/');
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (candidate is null)
            {
                continue;
            }

            // The candidate's base is the part before the path's own folders.
            var folder = RepoPath.Folder(candidate);
            var baseFolder = candidate;
            for (var i = 0; i <= depth && baseFolder.Length > 0; i++)
            {
                baseFolder = RepoPath.Folder(baseFolder);
            }

            while (folder.Length > baseFolder.Length && folder.Length > 0)
            {
                if (inventory.HasFolder(folder))
                {
                    if (c < primary || inventory.HasFileUnder(folder, extension))
                    {
                        return (Anchoring.Anchored, folder);
                    }

                    break;
                }

                folder = RepoPath.Folder(folder);
            }
        }

        return (Anchoring.Unanchored, null);
    }

    /// <summary>The resolution to an existing <paramref name="target"/>.</summary>
    private static Resolution Found(string target, int id) => new(Outcome.Exists, target) { TargetId = id };

    private bool IsPlaceholder(string text) =>
        placeholders.AnyMatch(text) || placeholders.AnyMatch(text.AsSpan(text.LastIndexOf('/') + 1)) || KnownNames.IsProductName(text)
        || KnownNames.IsGitRef(text);

    /// <summary>
    /// True when <paramref name="path"/> exists as <paramref name="kind"/> needs; <paramref name="target"/> is then the
    /// path to report (the inventory's own string for a file) and <paramref name="id"/> the file's number, or -1 for a
    /// folder.
    /// </summary>
    private bool Exists(ReadOnlySpan<char> path, ReferenceKind kind, bool folderLink, out string target, out int id)
    {
        if (folderLink)
        {
            id = -1;
            target = path.ToString();
            return inventory.HasFolder(path);
        }

        if (inventory.TryGetFile(path, out var file, out id))
        {
            target = file;
            return kind != ReferenceKind.LocalAction || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal);
        }

        var exists = kind switch
        {
            ReferenceKind.Link => inventory.HasFolder(path),
            ReferenceKind.Path => inventory.HasFolder(path) || HasFileWithExtension(path),
            ReferenceKind.LocalAction => !path.EndsWith(".yml", StringComparison.Ordinal) && !path.EndsWith(".yaml", StringComparison.Ordinal)
                && (HasFileIn(path, "/action.yml") || HasFileIn(path, "/action.yaml") || HasFileIn(path, "/Dockerfile")),
            _ => false,
        };
        target = exists ? path.ToString() : "";
        return exists;
    }

    /// <summary>
    /// True when <paramref name="path"/> has no extension and a file of that name with one exists: node, python and
    /// shells are given <c>bin/vite</c> for <c>bin/vite.js</c>.
    /// </summary>
    private bool HasFileWithExtension(ReadOnlySpan<char> path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        if (name.Length == 0 || name.Contains('.'))
        {
            return false;
        }

        foreach (var candidate in inventory.NamesIn(slash < 0 ? "" : path[..slash].ToString()))
        {
            if (candidate.Length > name.Length + 1 && candidate[name.Length] == '.' && candidate.AsSpan().StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFileIn(ReadOnlySpan<char> folder, string name) => inventory.HasFile(string.Concat(folder, name));

    private string? StripAlias(string text) => aliases.Strip(text);

    private static string? StripScriptDir(string text) => ScriptFolderPrefix(text) is var n and > 0 ? text[n..] : null;

    /// <summary>The length of the script-folder prefix (<c>$SCRIPT_DIR/</c>, <c>$(dirname "$0")/</c>) <paramref name="text"/> starts with, or 0.</summary>
    internal static int ScriptFolderPrefix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '$')
        {
            return 0; // every prefix starts with '$'
        }

        foreach (var prefix in ScriptDirPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }
}
