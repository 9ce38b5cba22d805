using Maia.Sre.Ci.Extraction.PowerShell;
using Maia.Sre.Ci.Extraction.Shell;

namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>
/// The fenced or indented code block a Markdown file is in, and how its lines are read: shell, terminal sessions,
/// PowerShell and batch as scripts (state kept from line to line within the block: <c>cd</c>, here-documents,
/// continued lines), any other language as a code sample whose paths are examples.
/// </summary>
internal sealed class CodeBlock
{
    private readonly ExtensionSet extensions;
    private readonly ExtractionOutput output;
    private char fence;
    private int fenceLength;
    private int fenceIndent;
    private FenceKind kind;
    private string language = "";
    private bool indented;
    private ShellScript? shell;
    private PowerShellScript? powerShell;

    public CodeBlock(ExtensionSet extensions, ExtractionOutput output)
    {
        this.extensions = extensions;
        this.output = output;
    }

    /// <summary>True inside a fenced block.</summary>
    public bool InFence => fence != '\0';

    /// <summary>True inside an indented block.</summary>
    public bool InIndentedCode => indented;

    /// <summary>Opens a fenced block when <paramref name="trimmed"/> (indented <paramref name="indent"/> spaces) is an opening fence.</summary>
    public bool TryOpenFence(ReadOnlySpan<char> trimmed, int indent)
    {
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~'))
        {
            return false;
        }

        var marker = trimmed[0];
        var count = 0;
        while (count < trimmed.Length && trimmed[count] == marker)
        {
            count++;
        }

        var info = trimmed[count..];
        if (count < 3 || (marker == '`' && info.Contains('`')))
        {
            return false;
        }

        fence = marker;
        fenceLength = count;
        fenceIndent = indent;
        (kind, language) = FenceLanguage.Of(info);
        Start();
        return true;
    }

    /// <summary>Reads a line inside the fenced block, or closes it.</summary>
    public void FenceLine(ReadOnlySpan<char> line, int lineNo, string? retired)
    {
        // A fence in a list item is indented with the item's text; its closing fence may be too.
        var trimmed = line.TrimStart();
        if (line.Length - trimmed.Length < Math.Max(4, fenceIndent + 4) && trimmed.Length >= fenceLength && trimmed[0] == fence)
        {
            var count = 0;
            while (count < trimmed.Length && trimmed[count] == fence)
            {
                count++;
            }

            if (count >= fenceLength && trimmed[count..].Trim().Length == 0)
            {
                fence = '\0';
                return;
            }
        }

        // Content lines lose up to the fence's own indentation.
        var cut = 0;
        while (cut < fenceIndent && cut < line.Length && line[cut] == ' ')
        {
            cut++;
        }

        Code(line, cut, lineNo, retired);
    }

    /// <summary>Reads a line of an indented block (read as shell: READMEs indent commands).</summary>
    public void IndentedLine(ReadOnlySpan<char> line, int lineNo, string? retired)
    {
        if (!indented)
        {
            indented = true;
            kind = FenceKind.Shell;
            language = "";
            Start();
        }

        Code(line, 0, lineNo, retired);
    }

    /// <summary>Ends an indented block.</summary>
    public void EndIndented() => indented = false;

    /// <summary>
    /// Starts a block in the language <paramref name="info"/> names whose ends another markup finds (a
    /// reStructuredText <c>code-block</c>); its lines are given to <see cref="DelimitedLine"/>.
    /// </summary>
    public void OpenDelimited(ReadOnlySpan<char> info)
    {
        (kind, language) = FenceLanguage.Of(info);
        Start();
    }

    /// <summary>Reads a line of a block opened with <see cref="OpenDelimited"/>, its content starting at <paramref name="from"/>.</summary>
    public void DelimitedLine(ReadOnlySpan<char> line, int from, int lineNo, string? retired) => Code(line, Math.Min(from, line.Length), lineNo, retired);

    private void Start()
    {
        shell = kind is FenceKind.Shell or FenceKind.Console or FenceKind.Batch ? output.Shell(extensions) : null;
        powerShell = kind == FenceKind.PowerShell ? output.PowerShell(extensions) : null;
    }

    private void Code(ReadOnlySpan<char> line, int from, int lineNo, string? retired)
    {
        var before = output.References.Count;
        if (MarkdownExtractor.IsTreeLine(line))
        {
            Tokens(line, from, lineNo, ReferenceRole.Example, "it is part of a folder tree");
        }
        else
        {
            switch (kind)
            {
                case FenceKind.Shell when language.Length > 0 || shell!.Continued || LooksLikeCommand(line[from..]):
                    shell!.Line(line[from..], lineNo, from, output.References);
                    break;
                case FenceKind.Shell:
                    // A block without a language holds commands, but also output, templates and file listings.
                    Tokens(line, from, lineNo, ReferenceRole.Example, "it is in a code block without a language and does not read as a command");
                    break;
                case FenceKind.Console:
                    var prompt = Prompt(line, from);
                    if (prompt >= 0)
                    {
                        shell!.Line(line[prompt..], lineNo, prompt, output.References);
                    }
                    else
                    {
                        Tokens(line, from, lineNo, ReferenceRole.Data, "it is output of a terminal session");
                    }

                    break;
                case FenceKind.PowerShell:
                    powerShell!.Line(line[from..], lineNo, from, output.References);
                    break;
                case FenceKind.Batch:
                    Span<char> copy = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
                    line.CopyTo(copy);
                    copy.Replace('\\', '/');
                    shell!.Line(copy[from..], lineNo, from, output.References);
                    break;
                default:
                    Tokens(line, from, lineNo, ReferenceRole.Example, $"it is in a {language} code sample");
                    break;
            }
        }

        if (retired is not null)
        {
            for (var i = before; i < output.References.Count; i++)
            {
                output.References[i] = output.References[i] with { Retired = retired };
            }
        }
    }

    private bool LooksLikeCommand(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        var space = trimmed.IndexOfAny(' ', '\t');
        return trimmed.IsEmpty || trimmed[0] == '#' || CommandStart.IsCommand(space < 0 ? trimmed : trimmed[..space], extensions);
    }

    /// <summary>Where the command starts after a terminal prompt (<c>$ </c>, <c>% </c>, <c>&gt; </c>, <c>PS&gt; </c>, <c>user@host:~$ </c>), or -1.</summary>
    private static int Prompt(ReadOnlySpan<char> line, int from)
    {
        var text = line[from..];
        var trimmed = text.TrimStart();
        var lead = from + text.Length - trimmed.Length;
        if (trimmed.Length >= 2 && trimmed[0] is '$' or '%' or '>' or '#' && trimmed[1] == ' ')
        {
            return lead + 2;
        }

        if (trimmed.StartsWith("PS", StringComparison.Ordinal) && trimmed.IndexOf("> ", StringComparison.Ordinal) is var ps and > 0 && ps < 60)
        {
            return lead + ps + 2;
        }

        // user@host:~/src$ command
        var dollar = trimmed.IndexOf("$ ", StringComparison.Ordinal);
        return dollar > 0 && dollar < 80 && trimmed[..dollar].Contains('@') && trimmed[..dollar].IndexOf(' ') < 0 ? lead + dollar + 2 : -1;
    }

    private void Tokens(ReadOnlySpan<char> line, int from, int lineNo, ReferenceRole role, string doubt)
    {
        var spans = output.Spans;
        spans.Clear();
        PathTokenScanner.Scan(line[from..], extensions, spans);
        foreach (var (start, length) in spans)
        {
            var at = from + start;
            if (!MarkdownExtractor.IsUrlTail(line, at))
            {
                output.References.Add(new RawReference(line.Slice(at, length).ToString(), lineNo, at + 1, length, ReferenceKind.Tool)
                {
                    Role = role,
                    Doubt = doubt,
                });
            }
        }
    }
}
