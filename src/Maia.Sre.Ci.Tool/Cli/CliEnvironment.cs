using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>Everything the command line touches outside itself, injected so tests run it in-process.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="CurrentDirectory">Working folder.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    /// <summary>Runs git and other programs.</summary>
    public IProcessRunner ProcessRunner { get; init; } = Workspace.ProcessRunner.Instance;

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>True when standard output is a terminal (colour allowed).</summary>
    public bool OutputIsTerminal { get; init; } = !Console.IsOutputRedirected;

    /// <summary>Standard output as a stream, for <c>--json -</c>.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>The clock live service health measures "time since the last run" by.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Cancelled on SIGINT/SIGTERM.</summary>
    public CancellationToken Cancellation { get; init; }
}
