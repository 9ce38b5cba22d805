namespace Maia.Sre.Ci.Extraction.Markdown;

/// <summary>How the lines of a fenced or indented code block are read, from its info string.</summary>
internal enum FenceKind : byte
{
    /// <summary>POSIX shell commands (<c>bash</c>, <c>sh</c>, no info string).</summary>
    Shell,

    /// <summary>A terminal session (<c>console</c>, <c>shell-session</c>): prompt lines are commands, the rest output.</summary>
    Console,

    /// <summary>PowerShell (<c>powershell</c>, <c>pwsh</c>, <c>ps1</c>).</summary>
    PowerShell,

    /// <summary>Windows batch (<c>cmd</c>, <c>bat</c>).</summary>
    Batch,

    /// <summary>Any other language, text or output: a code sample whose paths are examples.</summary>
    Sample,
}

/// <summary>Classifies a fence's info string.</summary>
internal static class FenceLanguage
{
    /// <summary>The kind of block an info string (the text after the opening fence) starts, and its language word.</summary>
    public static (FenceKind Kind, string Language) Of(ReadOnlySpan<char> info)
    {
        info = info.Trim();
        if (info.StartsWith("{", StringComparison.Ordinal))
        {
            info = info.TrimStart("{.").TrimEnd('}'); // {.bash} and {bash} attribute forms
        }

        var end = info.IndexOfAny(" \t,{:");
        var word = (end < 0 ? info : info[..end]).ToString().ToLowerInvariant();
        var kind = word switch
        {
            "" or "sh" or "bash" or "shell" or "zsh" or "ksh" or "fish" or "bash-script" or "shellscript" or "dash" => FenceKind.Shell,
            "console" or "shell-session" or "sh-session" or "bash-session" or "terminal" or "shellsession" or "term" or "session" => FenceKind.Console,
            "powershell" or "pwsh" or "ps1" or "ps" or "posh" or "psm1" => FenceKind.PowerShell,
            "cmd" or "bat" or "batch" or "dos" or "batchfile" => FenceKind.Batch,
            _ => FenceKind.Sample,
        };
        return (kind, word);
    }
}
