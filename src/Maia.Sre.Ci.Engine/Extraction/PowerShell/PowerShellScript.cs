namespace Maia.Sre.Ci.Extraction.PowerShell;

/// <summary>
/// Reads a PowerShell script line by line and reports each file it names with its role: run (<c>&amp; ./x.ps1</c>,
/// <c>. ./lib.ps1</c>, <c>Import-Module ./m.psm1</c>, a path as a command), read (<c>Get-Content</c>), written
/// (<c>Out-File</c>, <c>Set-Content</c>, <c>New-Item</c>, a copy's destination, <c>&gt;</c>, <c>-OutFile</c>) or
/// data (strings in expressions, <c>Test-Path</c>, <c>Join-Path</c>, <c>Write-Host</c>). Backslashes separate folders.
/// Files the script wrote are not phantoms when it later runs or reads them.
/// </summary>
public sealed class PowerShellScript
{
    private readonly ExtensionSet extensions;
    private readonly List<PsToken> tokens = [];
    private readonly List<(int Start, int Length)> found = [];
    private readonly HashSet<string> produced = new(StringComparer.OrdinalIgnoreCase);
    private PowerShellLexer.State state;
    private char quote;
    private List<RawReference> output = [];
    private char[] buffer = new char[256];

    /// <summary>Creates a scanner for scripts whose tool tokens end in one of <paramref name="extensions"/>.</summary>
    public PowerShellScript(ExtensionSet extensions) => this.extensions = extensions;

    /// <summary>True when the script is test code (<c>*.Tests.ps1</c>): what it names are fixtures, so they are data.</summary>
    public bool TestCode { get; set; }

    /// <summary>Starts a new script.</summary>
    public void Reset()
    {
        produced.Clear();
        state = PowerShellLexer.State.None;
        quote = '\0';
        TestCode = false;
    }

    /// <summary>Scans one physical line (see <see cref="Shell.ShellScript.Line"/>).</summary>
    public void Line(ReadOnlySpan<char> line, int number, int column, List<RawReference> references)
    {
        output = references;
        tokens.Clear();
        PowerShellLexer.Lex(line, tokens, ref state, ref quote);
        if (tokens.Count == 0)
        {
            return;
        }

        // Backslashes are folder separators in PowerShell: scan a copy with '/' so "..\tools\x.ps1" is one token.
        if (buffer.Length < line.Length)
        {
            buffer = new char[Math.Max(line.Length, buffer.Length * 2)];
        }

        var normal = buffer.AsSpan(0, line.Length);
        line.CopyTo(normal);
        normal.Replace('\\', '/');

        var atStart = true;
        var call = false;
        var command = "";
        var positional = 0;
        ReferenceRole? nextRole = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var word = normal[token.Start..token.End];
            switch (token.Type)
            {
                case PsTokenType.StatementBreak:
                    atStart = true;
                    command = "";
                    continue;
                case PsTokenType.Call:
                    call = true;
                    continue;
                case PsTokenType.Redirect:
                    nextRole = ReferenceRole.Produce;
                    continue;
            }

            ReferenceRole role;
            if (nextRole is { } forced)
            {
                role = forced;
                nextRole = null;
            }
            else if (call)
            {
                role = ReferenceRole.Run;
                call = false;
                atStart = false;
                command = "&";
            }
            else if (atStart && token.Type == PsTokenType.Word)
            {
                atStart = false;
                command = word.ToString();
                positional = 0;
                role = LooksLikePath(word) ? ReferenceRole.Run : ReferenceRole.Data;
            }
            else if (token.Type == PsTokenType.Word && word.Length > 1 && word[0] == '-' && char.IsAsciiLetter(word[1]))
            {
                nextRole = PowerShellCommands.ParameterRole(command, word);
                if (nextRole is not null)
                {
                    positional = 99; // a named value took the place of the positional one
                }

                continue;
            }
            else
            {
                atStart = false;
                role = Positional(command, word, ref positional);
            }

            Emit(normal, line, token, role, number, column);
        }
    }

    /// <summary>The role of a positional argument of <paramref name="command"/>.</summary>
    private static ReferenceRole Positional(string command, ReadOnlySpan<char> word, ref int positional)
    {
        if (command.Length == 0)
        {
            return ReferenceRole.Data; // an expression: strings in assignments, conditions, arrays
        }

        if (command.Equals("using", StringComparison.OrdinalIgnoreCase) && word.Equals("module", StringComparison.OrdinalIgnoreCase))
        {
            return ReferenceRole.Data;
        }

        var known = PowerShellCommands.Of(command);
        positional++;
        return positional == 1 ? known.Positional : positional == 2 ? known.Second : ReferenceRole.Data;
    }

    private static bool LooksLikePath(ReadOnlySpan<char> word) =>
        word.StartsWith("./", StringComparison.Ordinal) || word.StartsWith("../", StringComparison.Ordinal)
        || (word.Contains('/') && !word.Contains(':'));

    private void Emit(ReadOnlySpan<char> normal, ReadOnlySpan<char> line, PsToken token, ReferenceRole role, int number, int column)
    {
        if (TestCode && role is ReferenceRole.Run or ReferenceRole.Read)
        {
            role = ReferenceRole.Data;
        }

        found.Clear();
        PathTokenScanner.Scan(normal[token.Start..token.End], extensions, found);
        var wholeDone = false;
        foreach (var (s, length) in found)
        {
            var at = token.Start + s;
            if (MarkdownExtractor.IsUrlTail(line, at))
            {
                continue;
            }

            wholeDone |= at + length == token.End || at + length == token.End - 1;
            Add(normal.Slice(at, length).ToString(), at, length, role, ReferenceKind.Tool, number, column);
        }

        if (!wholeDone && role is ReferenceRole.Run or ReferenceRole.Read or ReferenceRole.Produce && token.Type == PsTokenType.Word)
        {
            var text = normal[token.Start..token.End];
            if (Shell.PlainPath.IsPlain(text) && (text.Contains('/') || Shell.PlainPath.IsProjectFile(text)) && !text.Contains('$'))
            {
                Add(text.ToString(), token.Start, text.Length, role, ReferenceKind.Path, number, column);
            }
        }
    }

    private void Add(string text, int at, int length, ReferenceRole role, ReferenceKind kind, int number, int column)
    {
        var key = text.StartsWith("./", StringComparison.Ordinal) ? text[2..] : text;
        if (role == ReferenceRole.Produce)
        {
            produced.Add(key);
        }
        else if (produced.Contains(key))
        {
            role = ReferenceRole.Produce;
        }

        output.Add(new RawReference(text, number, column + at + 1, length, kind) { Role = role });
    }
}
