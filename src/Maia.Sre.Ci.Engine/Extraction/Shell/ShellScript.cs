namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>
/// Reads a shell script line by line and reports each file it names with the role the shell gives it (see
/// <see cref="ReferenceRole"/>): run, read, written or data. It follows what spans lines: a command continued with
/// <c>\</c>, a string left open, here-documents (their text is data unless a shell runs it), the folder set by
/// <c>cd</c>/<c>pushd</c>/<c>popd</c>, and the files the script wrote, which are not phantoms when it later runs or
/// reads them. One instance per script (a file, a workflow step, a fenced block); <see cref="Reset"/> reuses it.
/// </summary>
public sealed class ShellScript
{
    private readonly ExtensionSet extensions;
    private readonly List<ShellToken> tokens = [];
    private readonly List<(int Start, int Length)> found = [];
    private readonly List<(int Start, int End)> inner = [];
    private readonly CommandWords command = new();
    private readonly ShellFolder folder = new();
    private readonly HashSet<string> produced = new(StringComparer.Ordinal);
    private readonly List<HereDocument> pendingHereDocs = [];
    private readonly List<int> copyOperands = [];
    private HereDocument? hereDoc;
    private string? cdTarget;
    private char quote;
    private bool continued;
    private List<RawReference> output = [];
    private int lineNo;
    private int offset;
    private bool testCode;

    /// <summary>Creates a scanner for scripts whose tool tokens end in one of <paramref name="extensions"/>.</summary>
    public ShellScript(ExtensionSet extensions) => this.extensions = extensions;

    /// <summary>
    /// True when the script is test code (<c>*.bats</c>, a file under <c>test/</c>): what it runs and reads are
    /// fixtures it usually makes itself, so they are data.
    /// </summary>
    public bool TestCode
    {
        get => testCode;
        set => testCode = value;
    }

    /// <summary>Starts a new script (a new step, block or file).</summary>
    public void Reset()
    {
        command.Reset();
        folder.Reset();
        produced.Clear();
        pendingHereDocs.Clear();
        hereDoc = null;
        cdTarget = null;
        quote = '\0';
        continued = false;
        testCode = false;
    }

    /// <summary>
    /// Starts a new shell for what follows (a Makefile's next recipe line) while keeping what the script wrote.
    /// </summary>
    public void NewShell()
    {
        command.Reset();
        folder.Reset();
        pendingHereDocs.Clear();
        hereDoc = null;
        cdTarget = null;
        quote = '\0';
        continued = false;
    }

    /// <summary>Records that the script (a Makefile rule, say) makes <paramref name="path"/>: running or reading it later is fine.</summary>
    public void Produces(string path)
    {
        if (PlainPath.IsPlain(path) || path.StartsWith('.'))
        {
            produced.Add(folder.Key(path).TrimEnd('/'));
        }
    }

    /// <summary>Runs what follows in <paramref name="folder"/> (see <see cref="ShellFolder.StartIn"/>).</summary>
    public void StartIn(string folder) => this.folder.StartIn(folder);

    /// <summary>True while a command goes on to the next line (a trailing <c>\</c> or a string left open).</summary>
    public bool Continued => continued;

    /// <summary>
    /// Scans one physical line. <paramref name="number"/> is its 1-based line in the source and
    /// <paramref name="column"/> the 0-based column where <paramref name="line"/> starts in it (for a script embedded
    /// in another file); references go to <paramref name="references"/>.
    /// </summary>
    public void Line(ReadOnlySpan<char> line, int number, int column, List<RawReference> references)
    {
        output = references;
        lineNo = number;
        offset = column;
        if (hereDoc is { } doc)
        {
            if (doc.Ends(line))
            {
                hereDoc = pendingHereDocs.Count > 0 ? Take() : null;
            }
            else if (doc.IsCommands)
            {
                Commands(line, topLevel: true);
            }
            else
            {
                Tokens(line, 0, line.Length, new WordRole(ReferenceRole.Data), "the text of a here-document");
            }

            return;
        }

        Commands(line, topLevel: true);
        if (pendingHereDocs.Count > 0 && !continued)
        {
            hereDoc = Take();
        }
    }

    private HereDocument Take()
    {
        var doc = pendingHereDocs[0];
        pendingHereDocs.RemoveAt(0);
        return doc;
    }

    /// <summary>Reads one line of commands (or a command line inside a word: <c>$( … )</c>, <c>bash -c '…'</c>).</summary>
    private void Commands(ReadOnlySpan<char> line, bool topLevel)
    {
        var wasContinued = continued && topLevel;
        var startQuote = topLevel ? quote : '\0';
        // A command line inside a word ($( … ), bash -c '…') is read while its word's line is: it needs lists of its own.
        var lineTokens = topLevel ? tokens : [];
        var copies = topLevel ? copyOperands : [];
        lineTokens.Clear();
        var q = startQuote;
        ShellLexer.Lex(line, lineTokens, ref q);
        var trailingBackslash = line.TrimEnd().EndsWith("\\", StringComparison.Ordinal);
        if (topLevel)
        {
            quote = q;
            continued = trailingBackslash || q != '\0';
        }

        var words = topLevel ? command : new CommandWords();
        if (!wasContinued)
        {
            words.Reset();
        }

        // The folder "cd" names, kept here rather than by token: a continued command ends on a later line.
        for (var t = 0; t < lineTokens.Count; t++)
        {
            var token = lineTokens[t];
            switch (token.Type)
            {
                case ShellTokenType.Separator or ShellTokenType.Pipe:
                    EndCommand(line, lineTokens, copies, words, topLevel);
                    words.Reset();
                    continue;
                case ShellTokenType.RedirectOut:
                    if (t + 1 < lineTokens.Count && line[lineTokens[t + 1].Start] == '&')
                    {
                        t++; // ">&2", "2>&1": a file descriptor, not a file
                        continue;
                    }

                    words.Redirect(ReferenceRole.Produce);
                    continue;
                case ShellTokenType.RedirectIn:
                    words.Redirect(ReferenceRole.Read);
                    continue;
                case ShellTokenType.HereString:
                    words.Redirect(ReferenceRole.Data);
                    continue;
                case ShellTokenType.HereDoc:
                    if (t + 1 < lineTokens.Count)
                    {
                        var delimiter = lineTokens[++t];
                        var strip = line[token.Start..token.End].EndsWith("-", StringComparison.Ordinal);
                        pendingHereDocs.Add(new HereDocument(
                            CommandWords.Unquoted(line[delimiter.Start..delimiter.End]).Trim('\\').ToString(),
                            strip,
                            CommandWords.IsShell(words.Name)));
                    }

                    continue;
            }

            var word = line[token.Start..token.End];
            if (t == 0 && wasContinued && startQuote != '\0')
            {
                // The rest of a string opened on an earlier line: data, whatever the command.
                Tokens(line, token.Start, token.End, new WordRole(ReferenceRole.Data), null);
                continue;
            }

            var role = words.Next(word);
            if (words.Kind == CommandClass.ChangeFolder && words.Started && role.Role != ReferenceRole.Run && word[0] != '-')
            {
                if (topLevel && cdTarget is null)
                {
                    cdTarget = CommandWords.Unquoted(word).ToString();
                }

                continue;
            }

            if (words.Kind == CommandClass.Copy && role.Role == ReferenceRole.Read)
            {
                copies.Add(t);
                continue; // decided at the end of the command: the last one is written
            }

            Word(line, token, role);
        }

        if (!(topLevel && continued))
        {
            EndCommand(line, lineTokens, copies, words, topLevel);
        }
        else
        {
            FlushCopies(line, lineTokens, copies, last: false);
        }
    }

    private void EndCommand(ReadOnlySpan<char> line, List<ShellToken> lineTokens, List<int> copies, CommandWords words, bool topLevel)
    {
        FlushCopies(line, lineTokens, copies, last: true);
        if (words.Kind == CommandClass.ChangeFolder && topLevel)
        {
            folder.Change(words.Name, cdTarget);
            cdTarget = null;
        }
    }

    /// <summary>The operands of a copy: the last is written, the others are read.</summary>
    private void FlushCopies(ReadOnlySpan<char> line, List<ShellToken> lineTokens, List<int> copies, bool last)
    {
        for (var i = 0; i < copies.Count; i++)
        {
            var produce = last && i == copies.Count - 1 && copies.Count > 1;
            Word(line, lineTokens[copies[i]], new WordRole(produce ? ReferenceRole.Produce : ReferenceRole.Read, Whole: true));
        }

        copies.Clear();
    }

    /// <summary>Reports what one word names, with <paramref name="role"/>; commands inside the word are read as such.</summary>
    private void Word(ReadOnlySpan<char> line, ShellToken token, WordRole role)
    {
        if (role.Code)
        {
            var code = CommandWords.Unquoted(line[token.Start..token.End]);
            var start = token.Start + (code.Length < token.End - token.Start ? 1 : 0);
            var saved = offset;
            offset += start;
            Commands(code, topLevel: false);
            offset = saved;
            return;
        }

        inner.Clear();
        ShellLexer.InnerCommands(line, token.Start, token.End, inner);
        var nested = inner.Count == 0 ? null : inner.ToArray();
        var role2 = testCode && role.Role is ReferenceRole.Run or ReferenceRole.Read ? role with { Role = ReferenceRole.Data } : role;
        Tokens(line, token.Start, token.End, role2, null, nested);
        if (role2.Whole)
        {
            WholeWord(line, token, role2, nested);
        }

        if (nested is not null)
        {
            foreach (var (s, e) in nested)
            {
                var saved = offset;
                offset += s;
                Commands(line[s..e], topLevel: false);
                offset = saved;
            }
        }
    }

    /// <summary>Tool tokens in <c>line[start..end]</c> (outside <paramref name="skip"/>), each with <paramref name="role"/>.</summary>
    private void Tokens(ReadOnlySpan<char> line, int start, int end, WordRole role, string? doubt, (int Start, int End)[]? skip = null)
    {
        found.Clear();
        PathTokenScanner.Scan(line[start..end], extensions, found);
        foreach (var (s, length) in found)
        {
            var at = start + s;
            if (Inside(skip, at) || Extraction.MarkdownExtractor.IsUrlTail(line, at))
            {
                continue;
            }

            // "api/routes.js:45" names a place in a file (output, a citation), not a command.
            var location = at + length + 1 < line.Length && line[at + length] == ':' && char.IsAsciiDigit(line[at + length + 1]);
            Emit(line.Slice(at, length).ToString(), at, length, location ? ReferenceRole.Mention : role.Role, ReferenceKind.Tool, doubt, role.Invoked && !location);
        }
    }

    /// <summary>A word that is itself a path the command runs or reads (<c>./configure</c>, <c>dotnet test x.csproj</c>).</summary>
    private void WholeWord(ReadOnlySpan<char> line, ShellToken token, WordRole role, (int Start, int End)[]? nested)
    {
        var sourced = role.Sourced;
        var word = line[token.Start..token.End];
        var text = CommandWords.Unquoted(word);
        var start = token.Start + (text.Length < word.Length ? 1 : 0);

        // "$SCRIPT_DIR/../lib/env" (or "$(dirname "$0")/env") names a file beside the script; any other variable or
        // command substitution makes the word unknowable.
        var prefix = Resolution.ReferenceResolver.ScriptFolderPrefix(text);
        if (prefix == 0 && nested is not null)
        {
            return;
        }

        var path = text[prefix..];
        if (!PlainPath.IsPlain(path) || (prefix == 0 && !path.Contains('/') && !PlainPath.IsProjectFile(path) && !sourced))
        {
            return;
        }

        // A tool token ending where the word ends already names it.
        foreach (var (s, length) in found)
        {
            if (token.Start + s + length == start + text.Length)
            {
                return;
            }
        }

        var kind = sourced ? ReferenceKind.Sourced : ReferenceKind.Path;
        Emit(text.ToString(), start, text.Length, role.Role, kind, null, role.Invoked);
    }

    private void Emit(string text, int at, int length, ReferenceRole role, ReferenceKind kind, string? doubt, bool invoked = false)
    {
        var key = folder.Key(text);
        if (role == ReferenceRole.Produce)
        {
            produced.Add(key.TrimEnd('/'));
        }
        else if (WasProduced(key))
        {
            role = ReferenceRole.Produce; // the script wrote it (or its folder) earlier: running or reading it later is fine
        }

        var reference = new RawReference(text, lineNo, offset + at + 1, length, kind)
        {
            Role = role,
            Doubt = doubt ?? folder.Doubt(text),
            Folder = folder.Prefix(text),
            Invoked = invoked && role == ReferenceRole.Run,
        };
        output.Add(reference);
    }

    /// <summary>True when the script wrote <paramref name="key"/> or a folder holding it (<c>python -m venv .venv</c>, then <c>.venv/bin/pip</c>).</summary>
    private bool WasProduced(string key)
    {
        if (produced.Count == 0)
        {
            return false;
        }

        var path = key;
        while (path.Length > 0)
        {
            if (produced.Contains(path))
            {
                return true;
            }

            var slash = path.LastIndexOf('/');
            path = slash < 0 ? "" : path[..slash];
        }

        return false;
    }

    private static bool Inside((int Start, int End)[]? spans, int at)
    {
        if (spans is null)
        {
            return false;
        }

        foreach (var (s, e) in spans)
        {
            if (at >= s && at < e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A here-document still to come or being read.</summary>
    private sealed record HereDocument(string Delimiter, bool StripTabs, bool IsCommands)
    {
        public bool Ends(ReadOnlySpan<char> line)
        {
            var text = StripTabs ? line.TrimStart('\t') : line;
            return text.TrimEnd().SequenceEqual(Delimiter) || (Delimiter.Length == 0 && text.Length == 0);
        }
    }
}
