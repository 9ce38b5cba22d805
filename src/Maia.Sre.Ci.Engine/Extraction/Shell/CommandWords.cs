namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>What a word of a simple command is, once its place in the command is known.</summary>
/// <param name="Role">What the command does with the file the word names.</param>
/// <param name="Whole">True when the whole word is a path the command runs or reads, whatever its extension.</param>
/// <param name="Code">True when the word is code an interpreter runs (<c>bash -c '…'</c>): a command line of its own.</param>
/// <param name="Sourced">True for the file <c>source</c> or <c>.</c> reads, whatever its extension.</param>
/// <param name="Invoked">
/// True when the command certainly runs the file: the script an interpreter is given, a sourced file, a project
/// <c>dotnet</c> builds, a command word written as a path from here (<c>./x</c>, <c>../x</c>). A bare command word
/// that merely looks like a path (<c>api/routes.js</c>) is run only if it is an executable, so it is less certain.
/// </param>
internal readonly record struct WordRole(ReferenceRole Role, bool Whole = false, bool Code = false, bool Sourced = false, bool Invoked = false);

/// <summary>
/// Gives each word of one simple command its role, word by word, as a shell reads the command: assignments and
/// prefixes (<c>sudo</c>, <c>env</c>, <c>npx</c>) before the command word, then the arguments as that command treats
/// them (<see cref="ShellCommands"/>). Redirections and output options decide the role of the word after them.
/// </summary>
internal sealed class CommandWords
{
    private CommandClass kind;
    private string name = "";
    private bool started;
    private int operands;
    private bool scriptTaken;
    private WordRole? next;
    private bool cloning;
    private bool module;
    private bool venv;

    /// <summary>The command's name (lower case, no folder), once its command word is read.</summary>
    public string Name => name;

    /// <summary>How the command treats its arguments.</summary>
    public CommandClass Kind => kind;

    /// <summary>True once the command word is read.</summary>
    public bool Started => started;

    /// <summary>Starts a new simple command.</summary>
    public void Reset()
    {
        kind = CommandClass.Other;
        name = "";
        started = false;
        operands = 0;
        scriptTaken = false;
        next = null;
        cloning = false;
        module = false;
        venv = false;
    }

    /// <summary>The word after a redirection gets <paramref name="role"/>.</summary>
    public void Redirect(ReferenceRole role) => next = new WordRole(role, Whole: role != ReferenceRole.Data);

    /// <summary>The role of the next word, <paramref name="word"/> (its text as written, quotes included).</summary>
    public WordRole Next(ReadOnlySpan<char> word)
    {
        if (next is { } forced)
        {
            next = null;
            return forced;
        }

        if (!started)
        {
            return CommandWord(word);
        }

        if (word.Length > 1 && word[0] == '-' && kind != CommandClass.Loop)
        {
            return Option(word);
        }

        operands++;
        if (module)
        {
            module = false;
            venv = Unquoted(word) is "venv" or "virtualenv";
            return new WordRole(ReferenceRole.Data);
        }

        if (venv)
        {
            venv = false;
            return new WordRole(ReferenceRole.Produce, Whole: true);
        }

        return kind switch
        {
            CommandClass.Interpreter when !scriptTaken => Script(),
            CommandClass.Dotnet => Dotnet(word),
            CommandClass.Git => Git(word),
            CommandClass.ProduceAll => new WordRole(ReferenceRole.Produce, Whole: true),
            CommandClass.Copy => new WordRole(ReferenceRole.Read, Whole: true), // the last one is fixed by the caller
            CommandClass.Reader => new WordRole(ReferenceRole.Read, Whole: true),
            CommandClass.Remote => new WordRole(ReferenceRole.Example),
            _ => new WordRole(ReferenceRole.Data),
        };
    }

    private WordRole Script()
    {
        scriptTaken = true;
        return new WordRole(ReferenceRole.Run, Whole: true, Sourced: name is "source" or ".", Invoked: true);
    }

    private WordRole CommandWord(ReadOnlySpan<char> word)
    {
        if (IsAssignment(word))
        {
            return new WordRole(ReferenceRole.Data); // NAME=value before the command: the value is data
        }

        var literal = Unquoted(word);
        var slash = literal.LastIndexOfAny('/', '\\');
        name = literal[(slash + 1)..].ToString();
        kind = ShellCommands.Of(name);
        if (kind == CommandClass.Prefix)
        {
            return new WordRole(ReferenceRole.Data); // sudo, env, npx …: the next word is the command
        }

        started = true;
        var fromHere = literal.StartsWith("./", StringComparison.Ordinal) || literal.StartsWith("../", StringComparison.Ordinal)
            || literal.StartsWith(".\\", StringComparison.Ordinal);
        return new WordRole(ReferenceRole.Run, Whole: true, Invoked: fromHere);
    }

    private WordRole Option(ReadOnlySpan<char> word)
    {
        var eq = word.IndexOf('=');
        var option = eq < 0 ? word : word[..eq];
        var output = ShellCommands.IsOutputOption(option) && !(kind == CommandClass.Interpreter && !scriptTaken);
        var input = ShellCommands.IsInputOption(option);
        if (eq >= 0)
        {
            return new WordRole(output ? ReferenceRole.Produce : input ? ReferenceRole.Read : ReferenceRole.Data);
        }

        var text = option.ToString();
        if (output)
        {
            next = new WordRole(ReferenceRole.Produce, Whole: true);
        }
        else if (kind == CommandClass.Interpreter && !scriptTaken)
        {
            InterpreterOption(text);
        }
        else if (kind == CommandClass.Make && text is "-f" or "--file" or "--makefile")
        {
            next = new WordRole(ReferenceRole.Run, Whole: true, Invoked: true);
        }
        else if (kind == CommandClass.Dotnet && text is "--project" or "-p")
        {
            next = new WordRole(ReferenceRole.Run, Whole: true, Invoked: true);
        }
        else if (kind == CommandClass.Remote && text is "-f" or "--file" && name is "docker" or "podman" or "docker-compose" or "nerdctl")
        {
            next = new WordRole(ReferenceRole.Read, Whole: true);
        }
        else if (input)
        {
            next = new WordRole(ReferenceRole.Read, Whole: true);
        }

        return new WordRole(ReferenceRole.Data);
    }

    private void InterpreterOption(string option)
    {
        if (option is "-File" or "-file" or "-f" && name.StartsWith("pw", StringComparison.OrdinalIgnoreCase) || option == "-File")
        {
            next = new WordRole(ReferenceRole.Run, Whole: true, Invoked: true);
            scriptTaken = true;
        }
        else if (ShellCommands.IsInlineCode(option))
        {
            // "bash -c 'cmd'" runs a command line; "python -c '…'" runs Python code, which is data here.
            next = new WordRole(ReferenceRole.Data, Code: IsShell(name));
            scriptTaken = true;
        }
        else if (ShellCommands.IsModule(option))
        {
            scriptTaken = true;
            module = true; // the next operand is a module; "python -m venv .venv" makes the folder it names
        }
        else if (ShellCommands.TakesValue(option))
        {
            next = new WordRole(ReferenceRole.Data);
        }
    }

    private WordRole Dotnet(ReadOnlySpan<char> word)
    {
        if (operands == 1)
        {
            var verb = Unquoted(word).ToString();
            if (ShellCommands.IsDotnetVerb(verb))
            {
                return new WordRole(ReferenceRole.Data);
            }

            return verb.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new WordRole(ReferenceRole.Run, Whole: true, Invoked: true) : new WordRole(ReferenceRole.Data);
        }

        return operands == 2 ? new WordRole(ReferenceRole.Run, Whole: true, Invoked: true) : new WordRole(ReferenceRole.Data);
    }

    private WordRole Git(ReadOnlySpan<char> word)
    {
        if (operands == 1)
        {
            cloning = Unquoted(word).SequenceEqual("clone") || Unquoted(word).SequenceEqual("worktree");
        }

        return cloning && operands >= 3 ? new WordRole(ReferenceRole.Produce, Whole: true) : new WordRole(ReferenceRole.Data);
    }

    /// <summary>True for the shells whose <c>-c</c> argument and here-documents are command lines.</summary>
    public static bool IsShell(string name) => name is "bash" or "sh" or "zsh" or "dash" or "ksh";

    /// <summary>True for <c>NAME=value</c> (an assignment, not an argument with '=' like <c>--x=y</c>).</summary>
    public static bool IsAssignment(ReadOnlySpan<char> word)
    {
        var eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        var head = word[..eq];
        if (head[^1] == '+')
        {
            head = head[..^1]; // NAME+=value
        }

        if (head.Length == 0 || !(char.IsAsciiLetter(head[0]) || head[0] == '_'))
        {
            return false;
        }

        foreach (var c in head)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word without surrounding quotes (inner quotes and expansions are left as written).</summary>
    public static ReadOnlySpan<char> Unquoted(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[0] is '"' or '\'' && word[^1] == word[0] ? word[1..^1] : word;
}
