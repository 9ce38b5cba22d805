namespace Maia.Sre.Ci.Resolution;

/// <summary>What a reference turned out to be.</summary>
public enum Outcome
{
    /// <summary>Not a file reference after all (empty name, glob, product name).</summary>
    NotAReference,

    /// <summary>The file exists.</summary>
    Exists,

    /// <summary>Nothing exists where it points: a phantom.</summary>
    Missing,

    /// <summary>An example name such as <c>tool_name.py</c>.</summary>
    Placeholder,

    /// <summary>Matched a configured <c>ignore</c> pattern.</summary>
    Ignored,

    /// <summary>An absolute path outside the repository or one starting with an unknown variable.</summary>
    External,

    /// <summary>Climbs out of the repository root with <c>..</c>; never read.</summary>
    EscapesRoot,
}

/// <summary>The result of resolving one reference.</summary>
/// <param name="Outcome">What it is.</param>
/// <param name="Target">Repository-relative path it resolved to (or the most likely intended path when missing).</param>
/// <param name="CaseVariant">An existing path that differs only in letter case.</param>
/// <param name="Detail">Why, in words, for external and escaping references.</param>
/// <remarks>
/// A value, not an object: every reference gets one, and as a class it was a twentieth of everything a run allocated
/// (82,000 objects at 10,000 files) for the garbage collector to sweep.
/// </remarks>
public readonly record struct Resolution(Outcome Outcome, string Target, string? CaseVariant = null, string? Detail = null)
{
    /// <summary>For a target that is an inventory file, its number there (<see cref="Inventory.PathOf"/>); else -1.</summary>
    public int TargetId { get; init; } = -1;

    /// <summary>
    /// For a missing file, how sure it is that the path names a place in this repository: see <see cref="Anchoring"/>.
    /// </summary>
    public Anchoring Anchoring { get; init; }

    /// <summary>
    /// True when the path was resolved from a folder known for certain: the script's own (<c>$SCRIPT_DIR/x</c>), the
    /// root (a root alias), or the folder the command runs in (<c>cd</c>, a step's working directory).
    /// </summary>
    public bool KnownFolder { get; init; }

    /// <summary>For an anchored missing file, the existing folder of its path that anchors it; else null.</summary>
    public string? AnchorFolder { get; init; }

    /// <summary>For a link a documentation site resolves to nothing either, why in the site's terms; else null.</summary>
    public Sites.SiteMiss? Site { get; init; }
}

/// <summary>How firmly a missing path is tied to this repository.</summary>
public enum Anchoring : byte
{
    /// <summary>Not looked at (the file exists, or the reference is not a path).</summary>
    Unknown,

    /// <summary>A folder the path names exists and holds files of its kind: the file is missing from a real place.</summary>
    Anchored,

    /// <summary>A bare name (no folder) that no file of the repository has.</summary>
    NameNowhere,

    /// <summary>The path's folders are not in the repository, or hold no files of its kind: it may describe another project.</summary>
    Unanchored,

    /// <summary>Written relative to the folder commands run in (<c>./x</c>), which is known: what runs there must exist.</summary>
    WorkingFolder,

    /// <summary>
    /// The command runs in a folder the repository does not have (after <c>cd build</c>, in another project's
    /// checkout): what it names there is not the repository's.
    /// </summary>
    ForeignRunFolder,
}
