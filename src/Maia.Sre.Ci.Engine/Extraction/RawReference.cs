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

    /// <summary>A path a command runs or reads whatever its extension (<c>./configure</c>, <c>dotnet test x.csproj</c>).</summary>
    Path,

    /// <summary>
    /// A document named without its extension, as Sphinx's <c>:doc:</c> role and <c>toctree</c> entries name them:
    /// relative to the source's folder, or, starting with <c>/</c>, to the Sphinx source folder.
    /// </summary>
    Document,

    /// <summary>A cross-reference label (Sphinx's <c>:ref:</c>), checked against the labels its project defines.</summary>
    Label,

    /// <summary>
    /// A file named from the documentation site's own folder (Jekyll's <c>{% link %}</c>, Hugo's <c>ref</c> shortcodes
    /// and <c>file=</c> parameters), or from the source's folder when the source is in no site.
    /// </summary>
    SiteFile,
}

/// <summary>A reference found in a source file, before resolution.</summary>
/// <param name="Text">The reference as written (fragment and query removed for links).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column of its first character.</param>
/// <param name="Length">Characters it spans in the line.</param>
/// <param name="Kind">How it resolves.</param>
/// <param name="Fragment">For links, the part after <c>#</c>, if any.</param>
/// <param name="PlainView">For links, true when the query asks GitHub for the plain view (<c>?plain=1</c>), where line anchors work on Markdown files.</param>
public readonly record struct RawReference(string Text, int Line, int Column, int Length, ReferenceKind Kind, string? Fragment = null, bool PlainView = false)
{
    /// <summary>What the line does with the file (see <see cref="ReferenceRole"/>).</summary>
    public ReferenceRole Role { get; init; }

    /// <summary>
    /// Why the extractor is unsure the mention names a file of this repository as written (a here-document's text,
    /// a command after <c>cd</c> into a folder the repository does not have), or null. A missing file with a reason
    /// here is reported as a note.
    /// </summary>
    public string? Doubt { get; init; }

    /// <summary>
    /// The word of the reference's section heading that says its files are retired or planned (<c>deprecated</c>,
    /// <c>removed</c>), or null; the phantom rule also reads the reference's own line for such words.
    /// </summary>
    public string? Retired { get; init; }

    /// <summary>
    /// True when the command certainly runs the file (an interpreter's script, a sourced file, <c>./x</c>), not a
    /// command word that only looks like a path (see <see cref="ReferenceRole.Run"/>).
    /// </summary>
    public bool Invoked { get; init; }

    /// <summary>The repository folder the command runs in (a step's <c>working-directory</c>, a <c>cd</c>), or null.</summary>
    public string? Folder { get; init; }
}
