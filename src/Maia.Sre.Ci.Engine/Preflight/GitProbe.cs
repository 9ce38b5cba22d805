using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Preflight;

/// <summary>
/// Runs read-only git commands in the root under a timeout. <c>--no-optional-locks</c> stops <c>git status</c> from
/// rewriting the index, and <c>core.fsmonitor=false</c> stops git from running a configured monitor hook.
/// </summary>
internal sealed class GitProbe(IProcessRunner runner, string root, TimeSpan timeout)
{
    /// <summary>The timeout, for messages.</summary>
    public TimeSpan Timeout => timeout;

    /// <summary>Runs <c>git</c> with <paramref name="arguments"/>.</summary>
    public ProcessResult Run(params string[] arguments) =>
        runner.Run("git", ["--no-optional-locks", "-c", "core.fsmonitor=false", .. arguments], root, timeout);

    /// <summary>Why a git command gave no usable answer, in words.</summary>
    public string Failure(ProcessResult result, string what) =>
        !result.Started ? $"git could not be started to {what} ({result.StandardError.Trim()}); is git installed and on PATH?"
        : result.TimedOut ? $"git did not answer within {timeout.TotalSeconds:0.#} s when asked to {what}"
        : $"git failed to {what}: {FirstLine(result.StandardError)}";

    /// <summary>The first non-empty line of <paramref name="text"/>.</summary>
    public static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(no output)";
}
