namespace Maia.Sre.Ci.Model;

/// <summary>How sure a fix is, as ruff names it.</summary>
public enum FixSafety
{
    /// <summary>Certain: git recorded the rename, or the only difference is letter case. Applied by <c>--fix</c>.</summary>
    Safe,

    /// <summary>Very likely: the one file with that name, or with those words, elsewhere. Applied with <c>--unsafe-fixes</c>.</summary>
    Unsafe,
}

/// <summary>
/// One replacement in a file: the characters of <see cref="OldText"/> at <see cref="Line"/>, columns
/// <see cref="Column"/> to <see cref="EndColumn"/> (1-based, UTF-16 code units of the line, end exclusive, as
/// findings count), become <see cref="NewText"/>. The old text is kept so an edit is never applied to a line that
/// changed since it was read.
/// </summary>
/// <param name="File">Repository-relative path.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based first column.</param>
/// <param name="EndColumn">1-based column just past the last character replaced.</param>
/// <param name="OldText">The characters replaced, as they were read.</param>
/// <param name="NewText">What replaces them.</param>
public sealed record TextEdit(string File, int Line, int Column, int EndColumn, string OldText, string NewText);

/// <summary>
/// A finding's fix: the edits that repair it and how sure they are. The command line's <c>--fix</c> and
/// <c>--diff</c>, SARIF's <c>fixes</c>, the JSON report and the step summary all read this one model.
/// </summary>
/// <param name="Safety">Safe or unsafe.</param>
/// <param name="Description">What it does and why, e.g. <c>Replace 'a.sh' with 'b/a.sh' (renamed in 1a2b3c4)</c>.</param>
/// <param name="Edits">The edits (one per reference today).</param>
public sealed record Fix(FixSafety Safety, string Description, IReadOnlyList<TextEdit> Edits)
{
    /// <summary><c>safe</c> or <c>unsafe</c>, as reports write it.</summary>
    public string SafetyName => Safety == FixSafety.Safe ? "safe" : "unsafe";
}
