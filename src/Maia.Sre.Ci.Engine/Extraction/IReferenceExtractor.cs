namespace Maia.Sre.Ci.Extraction;

/// <summary>Finds references in one kind of source file, each with its line and column.</summary>
public interface IReferenceExtractor
{
    /// <summary>Adds the references in <paramref name="text"/> to <paramref name="output"/>.</summary>
    void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output);
}

/// <summary>What an extractor found in one file.</summary>
public sealed class ExtractionOutput
{
    /// <summary>References in file order.</summary>
    public List<RawReference> References { get; } = [];

    /// <summary>Why the file could not be read as what it is (malformed YAML), where; null when it could.</summary>
    public ExtractionProblem? Problem { get; set; }

    /// <summary>Shell variables holding the script's folder (or a folder relative to it): name → relative path.</summary>
    public Dictionary<string, string> ScriptFolderVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>Token spans found in the line at hand: scratch space for extractors, reused from line to line and file to file.</summary>
    internal List<(int Start, int Length)> Spans { get; } = [];

    /// <summary>Spans of the line at hand already taken by links: scratch space for extractors, like <see cref="Spans"/>.</summary>
    internal List<(int Start, int End)> Taken { get; } = [];

    private Shell.ShellScript? shell;
    private PowerShell.PowerShellScript? powerShell;

    /// <summary>
    /// A shell scanner for <paramref name="extensions"/>, kept from file to file like the lists, ready for a new
    /// script: what earlier scripts of the same file wrote (a workflow's earlier step, an earlier fenced block) is kept,
    /// since a later one may run it.
    /// </summary>
    internal Shell.ShellScript Shell(ExtensionSet extensions)
    {
        if (shell is null || !ReferenceEquals(shellExtensions, extensions))
        {
            shell = new Shell.ShellScript(extensions);
            shellExtensions = extensions;
        }

        shell.NewShell();
        return shell;
    }

    /// <summary>A PowerShell scanner for <paramref name="extensions"/>, reset.</summary>
    internal PowerShell.PowerShellScript PowerShell(ExtensionSet extensions)
    {
        if (powerShell is null || !ReferenceEquals(powerShellExtensions, extensions))
        {
            powerShell = new PowerShell.PowerShellScript(extensions);
            powerShellExtensions = extensions;
        }

        powerShell.Reset();
        return powerShell;
    }

    private ExtensionSet? shellExtensions;
    private ExtensionSet? powerShellExtensions;

    /// <summary>Empties the output so it can take the next file (its lists keep their capacity).</summary>
    public void Clear()
    {
        References.Clear();
        shell?.Reset();
        powerShell?.Reset();
        Problem = null;
        ScriptFolderVariables.Clear();
    }
}

/// <summary>Why a source could not be read as what it is, and where.</summary>
/// <param name="Message">What is wrong, as a sentence.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record ExtractionProblem(string Message, int Line, int Column);
