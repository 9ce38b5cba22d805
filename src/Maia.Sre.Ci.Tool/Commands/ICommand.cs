using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>One verb of <c>maia-sre</c>.</summary>
public interface ICommand
{
    /// <summary>The verb.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Usage line after <c>maia-sre</c>.</summary>
    string Usage { get; }

    /// <summary>Its options.</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs it and returns the exit code.</summary>
    int Execute(ParsedArguments args, CliEnvironment env);
}
