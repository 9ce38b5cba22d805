using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>The fix options of <c>check</c> and <c>phantoms</c>, as ruff names them.</summary>
public static class FixOptions
{
    public static readonly OptionSpec Fix = new("fix", null, "rewrite the references that have a safe fix (renamed in git history, or letter case), then report what is left");
    public static readonly OptionSpec UnsafeFixes = new("unsafe-fixes", null, "with --fix or --diff: also apply unsafe fixes (the one file of that name, or with those words, elsewhere)");
    public static readonly OptionSpec Diff = new("diff", null, "print a unified diff of what --fix would change and change nothing; exit 1 when there is something to fix, else 0");

    /// <summary>All of them, in help order.</summary>
    public static readonly IReadOnlyList<OptionSpec> All = [Fix, UnsafeFixes, Diff];

    /// <summary>What was asked.</summary>
    /// <param name="Apply">Write the fixes (<c>--fix</c>).</param>
    /// <param name="Preview">Print them as a diff (<c>--diff</c>).</param>
    /// <param name="Unsafe">Include the unsafe ones.</param>
    public readonly record struct Mode(bool Apply, bool Preview, bool Unsafe)
    {
        /// <summary>True when any fix option was given.</summary>
        public bool Any => Apply || Preview;
    }

    /// <summary>Reads and checks the options; throws <see cref="UsageException"/> for combinations that make no sense.</summary>
    public static Mode Parse(ParsedArguments args)
    {
        var mode = new Mode(args.Flag(Fix.Name), args.Flag(Diff.Name), args.Flag(UnsafeFixes.Name));
        if (mode.Apply && mode.Preview)
        {
            throw new UsageException("options '--fix' and '--diff' exclude each other: '--diff' shows what '--fix' would change, without changing it");
        }

        if (mode.Unsafe && !mode.Any)
        {
            throw new UsageException("option '--unsafe-fixes' goes with '--fix' or '--diff'");
        }

        if (mode.Preview && args.Value(CommonOptions.Json.Name) == "-")
        {
            throw new UsageException("options '--diff' and '--json -' both write to standard output; give '--json' a file");
        }

        return mode;
    }
}
