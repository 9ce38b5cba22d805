namespace Maia.Sre.Ci.Workspace;

/// <summary>Runs external programs (git, version probes); injected so tests can fake them.</summary>
public interface IProcessRunner
{
    /// <summary>Runs <paramref name="program"/> without a shell and waits at most <paramref name="timeout"/>.</summary>
    ProcessResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout);
}

/// <summary>What a finished (or abandoned) process produced.</summary>
/// <param name="ExitCode">Exit code; -1 when it could not start or timed out.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error, or why it did not run.</param>
/// <param name="TimedOut">True when it was killed for running longer than the timeout.</param>
/// <param name="Started">False when the program could not be started (e.g. not installed).</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut = false, bool Started = true)
{
    /// <summary>True for a started, finished process with exit code 0.</summary>
    public bool Succeeded => Started && !TimedOut && ExitCode == 0;
}
