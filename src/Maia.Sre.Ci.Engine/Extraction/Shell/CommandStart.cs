namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>
/// Whether text that may or may not be a command line starts like one: inline code in prose, a line of a code block
/// without a language (commands, but also output, templates and folder trees).
/// </summary>
internal static class CommandStart
{
    /// <summary>
    /// True when <paramref name="word"/>, the first word, starts a command: a known command, interpreter or prefix
    /// (<c>python3</c>, <c>npm</c>, <c>cd</c>, <c>sudo</c>), an assignment (<c>FOO=1 make</c>), a path from here
    /// (<c>./build.sh</c>), or a script path (<c>scripts/setup.sh</c>, not <c>api/routes.js:45</c>).
    /// </summary>
    public static bool IsCommand(ReadOnlySpan<char> word, ExtensionSet extensions)
    {
        if (word.IsEmpty || word.Contains(':'))
        {
            return false;
        }

        if (word.StartsWith("./", StringComparison.Ordinal) || word.StartsWith("../", StringComparison.Ordinal) || CommandWords.IsAssignment(word))
        {
            return true;
        }

        var dot = word.LastIndexOf('.');
        if (dot > 0 && extensions.MatchAt(word, dot) == word.Length - dot)
        {
            return true;
        }

        return ShellCommands.Of(word.ToString()) is not (CommandClass.Other or CommandClass.Loop);
    }
}
