namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>How a CI step's script text is read, chosen by its shell (GitHub's <c>shell:</c>, CircleCI's, Azure's task).</summary>
internal enum ScriptLanguage
{
    /// <summary>bash, sh, zsh, PowerShell, cmd and any unnamed shell: command lines, with <c>#</c> comments and <c>source</c>/<c>.</c>.</summary>
    Shell,

    /// <summary>Python code: path tokens outside <c>#</c> comments; no shell commands (a <c>. x</c> means nothing here).</summary>
    Python,

    /// <summary>Any other interpreter (<c>node {0}</c>, <c>perl {0}</c>): path tokens on every line, comment syntax unknown.</summary>
    Other,
}

/// <summary>Reads a shell setting into a <see cref="ScriptLanguage"/>.</summary>
internal static class ScriptLanguages
{
    /// <summary>
    /// The language of a shell setting such as <c>bash</c>, <c>pwsh</c>, <c>python</c>, <c>/bin/bash -eo pipefail</c> or
    /// <c>perl {0}</c> (its first word, without folders); <paramref name="inherited"/> when there is none or it is an
    /// expression (<c>${{ matrix.shell }}</c>).
    /// </summary>
    public static ScriptLanguage FromShell(string? shell, ScriptLanguage inherited)
    {
        var text = shell.AsSpan().Trim();
        if (text.Length == 0 || text.Contains("${{", StringComparison.Ordinal))
        {
            return inherited;
        }

        var space = text.IndexOfAny(' ', '\t');
        var word = space < 0 ? text : text[..space];
        word = word[(word.LastIndexOfAny('/', '\\') + 1)..];
        if (word.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^4];
        }

        return word switch
        {
            "bash" or "sh" or "zsh" or "ksh" or "dash" or "ash" or "pwsh" or "powershell" or "cmd" => ScriptLanguage.Shell,
            _ when word.StartsWith("python", StringComparison.Ordinal) => ScriptLanguage.Python,
            _ => ScriptLanguage.Other,
        };
    }
}
