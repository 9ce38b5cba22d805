namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>How a command treats its arguments, which gives each argument its <see cref="ReferenceRole"/>.</summary>
internal enum CommandClass : byte
{
    /// <summary>Anything else: its arguments are data (options, names, text), never run.</summary>
    Other,

    /// <summary>Runs its first operand as a script: <c>bash x.sh</c>, <c>python3 x.py</c>, <c>node x.mjs</c>, <c>source x</c>.</summary>
    Interpreter,

    /// <summary>Runs the command that follows: <c>sudo</c>, <c>exec</c>, <c>time</c>, <c>env</c>, <c>npx</c>, <c>uv run</c>.</summary>
    Prefix,

    /// <summary>Prints or compares its arguments: <c>echo</c>, <c>printf</c>, <c>test</c>, <c>[</c>, logging helpers.</summary>
    Data,

    /// <summary>Creates every operand: <c>mkdir</c>, <c>touch</c>, <c>tee</c>.</summary>
    ProduceAll,

    /// <summary>Copies or moves: its last operand is written, the others are read (<c>cp</c>, <c>mv</c>, <c>install</c>, <c>ln</c>).</summary>
    Copy,

    /// <summary>Reads its operands: <c>cat</c>, <c>diff</c>, <c>shellcheck</c>, linters.</summary>
    Reader,

    /// <summary>Changes the folder later commands run in: <c>cd</c>, <c>pushd</c>.</summary>
    ChangeFolder,

    /// <summary>Runs what follows somewhere else: in a container, on another machine (<c>docker</c>, <c>ssh</c>, <c>kubectl</c>).</summary>
    Remote,

    /// <summary><c>dotnet</c>: a project or solution after a build verb, a <c>.dll</c> it runs.</summary>
    Dotnet,

    /// <summary><c>make</c>: <c>-f FILE</c> is run; <c>-C DIR</c> is a folder.</summary>
    Make,

    /// <summary><c>git</c>: <c>git clone URL DIR</c> writes DIR; other arguments are data.</summary>
    Git,

    /// <summary><c>for NAME in WORDS</c>, <c>case WORD in</c>: list items and patterns are data.</summary>
    Loop,
}

/// <summary>The commands whose arguments the shell scanner understands.</summary>
internal static class ShellCommands
{
    private static readonly Dictionary<string, CommandClass> Classes = Build();
    private static readonly System.Buffers.SearchValues<char> VersionChars = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>Interpreter options that take a value which is not the script (<c>python -W x</c>, <c>node -r x</c>).</summary>
    private static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-W", "-X", "-r", "--require", "--import", "--loader", "-I", "--inspect-port", "--env-file", "-O", "-o",
        "--title", "--max-old-space-size", "-ExecutionPolicy", "-executionpolicy", "-WorkingDirectory", "-OutputFormat",
        "-InputFormat", "-ConfigurationName", "--python", "-p", "--project-dir", "--directory", "--with", "--from",
        "--package", "--config", "-c",
    };

    /// <summary>Options whose value is a file the command writes.</summary>
    private static readonly HashSet<string> OutputOptions = new(StringComparer.Ordinal)
    {
        "-o", "--output", "--out", "--outfile", "--out-file", "--output-file", "--output-path", "-O", "--log-file",
        "--junit-xml", "--outdir", "--out-dir", "--output-dir", "-OutFile", "-OutputPath",
    };

    /// <summary>Options whose value is a file the command reads.</summary>
    private static readonly HashSet<string> InputOptions = new(StringComparer.Ordinal)
    {
        "--config", "--config-file", "--configfile", "--rcfile", "--settings", "--input", "--input-file", "--spec",
        "--env-file", "--file", "-File",
    };

    /// <summary>Verbs after which <c>dotnet</c> takes a project, solution or script.</summary>
    private static readonly HashSet<string> DotnetVerbs = new(StringComparer.Ordinal)
    {
        "build", "test", "run", "pack", "publish", "restore", "clean", "msbuild", "format", "vstest", "watch", "sln",
    };

    /// <summary>The class of <paramref name="name"/> (a command word with quotes and folders removed).</summary>
    public static CommandClass Of(string name)
    {
        if (Classes.TryGetValue(name, out var c))
        {
            return c;
        }

        // python3.12, python3.12.exe, pwsh.exe, node18
        var lower = name.ToLowerInvariant();
        if (lower.EndsWith(".exe", StringComparison.Ordinal))
        {
            lower = lower[..^4];
        }

        if (Classes.TryGetValue(lower, out c))
        {
            return c;
        }

        return lower.StartsWith("python", StringComparison.Ordinal) && lower.AsSpan(6).IndexOfAnyExcept(VersionChars) < 0
            ? CommandClass.Interpreter
            : CommandClass.Other;
    }

    public static bool TakesValue(string option) => OptionsWithValue.Contains(option);

    public static bool IsOutputOption(ReadOnlySpan<char> option) => Contains(OutputOptions, option);

    public static bool IsInputOption(ReadOnlySpan<char> option) => Contains(InputOptions, option);

    public static bool IsDotnetVerb(string verb) => DotnetVerbs.Contains(verb);

    /// <summary>Options that make an interpreter run code given as text, not a script (<c>python -c</c>, <c>node -e</c>).</summary>
    public static bool IsInlineCode(string option) =>
        option is "-c" or "-e" or "--eval" or "-p" or "--print" or "-Command" or "-command" or "-EncodedCommand";

    /// <summary>Options that make an interpreter run a module, not a file (<c>python -m pytest</c>).</summary>
    public static bool IsModule(string option) => option is "-m";

    private static bool Contains(HashSet<string> set, ReadOnlySpan<char> option)
    {
        foreach (var candidate in set)
        {
            if (option.Equals(candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, CommandClass> Build()
    {
        var d = new Dictionary<string, CommandClass>(StringComparer.Ordinal);
        void Add(CommandClass c, params string[] names)
        {
            foreach (var n in names)
            {
                d[n] = c;
            }
        }

        Add(CommandClass.Interpreter,
            "bash", "sh", "zsh", "dash", "ksh", "fish", "csh", "tcsh", "python", "python2", "python3", "py", "pypy", "pypy3",
            "node", "nodejs", "ruby", "perl", "php", "lua", "luajit", "Rscript", "tclsh", "groovy", "tsx", "ts-node",
            "esno", "bun", "deno", "pwsh", "powershell", "source", ".", "bats", "osascript", "jshell", "elixir", "dart",
            "julia", "swift", "kotlin", "scala", "runghc", "cscript", "wscript");
        Add(CommandClass.Prefix,
            "sudo", "exec", "time", "nohup", "env", "command", "builtin", "nice", "ionice", "xargs", "timeout", "stdbuf",
            "npx", "pnpx", "bunx", "uv", "uvx", "poetry", "pipenv", "hatch", "pdm", "rye", "conda", "mamba", "pixi",
            "then", "do", "else", "elif", "if", "while", "until", "!", "{", "}", "run", "retry", "strace", "ltrace",
            "valgrind", "chronic", "caffeinate", "watch", "flock", "setsid", "unbuffer", "dotenv", "cross-env", "coverage",
            "yarn", "pnpm", "tsc-watch");
        Add(CommandClass.Data,
            "echo", "printf", "print", "log", "log_info", "log_warn", "log_error", "info", "warn", "warning", "error", "err",
            "die", "fatal", "fail", "abort", "msg", "note", "debug", "say", "notice", "success", "step", "header", "title",
            "test", "[", "[[", "read", "export", "local", "declare", "readonly", "typeset", "alias", "unalias", "trap",
            "set", "unset", "shift", "return", "exit", "rm", "rmdir", "unlink", "basename", "dirname", "realpath",
            "readlink", "grep", "egrep", "fgrep", "rg", "sed", "awk", "find", "fd", "jq", "yq", "sort", "uniq", "cut", "tr",
            "complete", "compgen", "eval", "hash", "type", "which", "whereis", "chmod", "chown", "chgrp", "stat", "file",
            "du", "ls", "tree", "git-lfs", "gh", "curl", "wget", "sha256sum", "shasum", "md5sum", "zip", "unzip", "tar",
            "gzip", "gunzip", "tail", "head", "wc", "expr", "let", "basename", "exec-all", "usage", "notify", "assert",
            "assert_success", "assert_failure", "assert_output", "assert_file_exist", "refute", "skip", "load", "npm",
            "pip", "pip3", "brew", "apt", "apt-get", "yum", "dnf", "apk", "pacman", "choco", "winget", "scoop", "gem",
            "cargo", "go", "rustup", "kill", "pkill", "ps", "open", "xdg-open", "code", "vim", "vi", "nano", "emacs");
        Add(CommandClass.ProduceAll, "mkdir", "touch", "tee", "mktemp", "truncate", "mkfifo", "virtualenv", "venv");
        Add(CommandClass.Copy, "cp", "mv", "install", "ln", "rsync", "scp");
        Add(CommandClass.Reader,
            "cat", "less", "more", "diff", "cmp", "shellcheck", "shfmt", "bat", "dos2unix", "iconv", "patch");
        Add(CommandClass.ChangeFolder, "cd", "pushd", "popd");
        Add(CommandClass.Remote,
            "docker", "podman", "ssh", "kubectl", "oc", "vagrant", "lxc", "incus", "multipass", "chroot", "nerdctl",
            "docker-compose", "limactl", "gcloud", "az", "aws", "helm", "nix-shell", "distrobox", "toolbox", "wsl");
        Add(CommandClass.Dotnet, "dotnet");
        Add(CommandClass.Make, "make", "gmake");
        Add(CommandClass.Git, "git");
        Add(CommandClass.Loop, "for", "select", "case", "in");
        return d;
    }
}
