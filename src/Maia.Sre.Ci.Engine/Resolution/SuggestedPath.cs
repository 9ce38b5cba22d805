namespace Maia.Sre.Ci.Resolution;

/// <summary>How a did-you-mean was found; it decides whether the suggestion may be applied as a fix.</summary>
public enum SuggestionBasis
{
    /// <summary>git recorded the rename (in history, or in the change checked by <c>--changed-since</c>).</summary>
    Renamed,

    /// <summary>The reference differs from an existing path only in letter case.</summary>
    CaseOnly,

    /// <summary>A file with the same name exists in another folder.</summary>
    SameName,

    /// <summary>A file with the same words in another order (<c>check_env.py</c> for <c>env_check.py</c>).</summary>
    Reordered,

    /// <summary>The closest file name by edit distance: a guess, never applied.</summary>
    Typo,
}

/// <summary>A suggested repository path for a missing target.</summary>
/// <param name="Path">The existing path suggested.</param>
/// <param name="Basis">How it was found.</param>
/// <param name="Unique">True when it was the only candidate of its kind (one file of that name, one case variant, one rename).</param>
public readonly record struct SuggestedPath(string Path, SuggestionBasis Basis, bool Unique);
