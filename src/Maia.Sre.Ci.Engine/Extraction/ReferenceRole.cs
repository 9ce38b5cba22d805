namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// What the line does with the file it names. Extractors set it from the syntax around the mention; the phantom rule
/// (<see cref="Rules.Phantoms.PhantomReferenceRule"/>) reads it to decide whether a missing file is a phantom and how
/// severe it is: a file that is run breaks something, a file that is written does not need to exist yet.
/// </summary>
public enum ReferenceRole : byte
{
    /// <summary>Named in prose, a list, a table or inline code: neither run, read nor written by the line itself.</summary>
    Mention,

    /// <summary>
    /// Run: the command word, the script an interpreter runs (<c>bash x.sh</c>, <c>python3 x.py</c>,
    /// <c>pwsh -File x.ps1</c>, <c>dotnet test x.csproj</c>), a sourced or dot-sourced file, a module imported as code.
    /// </summary>
    Run,

    /// <summary>Read: a Markdown link or image, an include, an input redirection, a <c>--config FILE</c>-style input.</summary>
    Read,

    /// <summary>Written or created: <c>&gt; x</c>, <c>tee x</c>, a copy's destination, <c>mkdir</c>, <c>-o x</c>, <c>Out-File</c>.</summary>
    Produce,

    /// <summary>
    /// A string the code handles as data: <c>echo</c> text, array items, existence tests, comparisons, assignments.
    /// Never critical.
    /// </summary>
    Data,

    /// <summary>
    /// An example: a code sample in another language, a fixture of test code, a template, a file another project
    /// has. Reported as a note at most.
    /// </summary>
    Example,
}
