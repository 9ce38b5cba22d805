namespace Maia.Sre.Ci.Extraction;

/// <summary>How a reference was written, which decides how it resolves.</summary>
public enum ReferenceKind
{
    /// <summary>A path-like token ending in a tool extension (prose, inline code, shell lines).</summary>
    Tool,

    /// <summary>A Markdown or HTML link to any local file or folder, relative to the source file.</summary>
    Link,

    /// <summary>A file sourced by a shell (<c>source x</c>, <c>. x</c>) whatever its extension.</summary>
    Sourced,

    /// <summary>A local GitHub Action (<c>uses: ./path</c>): a folder holding <c>action.yml</c>.</summary>
    LocalAction,

    /// <summary>A link to a fragment of its own file (<c>#section</c>); <see cref="RawReference.Fragment"/> holds it.</summary>
    Anchor,
}

/// <summary>A reference found in a source file, before resolution.</summary>
/// <param name="Text">The reference as written (fragment and query removed for links).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column of its first character.</param>
/// <param name="Length">Characters it spans in the line.</param>
/// <param name="Kind">How it resolves.</param>
/// <param name="Fragment">For links, the part after <c>#</c>, if any.</param>
/// <param name="PlainView">For links, true when the query asks GitHub for the plain view (<c>?plain=1</c>), where line anchors work on Markdown files.</param>
/// <param name="BaseFolder">
/// For a command, the index in <see cref="ExtractionOutput.BaseFolders"/> of the folder it runs in (a CI step's
/// working directory), where it is also looked for; -1 for none.
/// </param>
public readonly record struct RawReference(string Text, int Line, int Column, int Length, ReferenceKind Kind, string? Fragment = null, bool PlainView = false, int BaseFolder = -1);
