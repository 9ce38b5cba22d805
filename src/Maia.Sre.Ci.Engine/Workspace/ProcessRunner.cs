using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Maia.Sre.Ci.Workspace;

/// <summary>The real <see cref="IProcessRunner"/>: no shell, no standard input, killed (with its children) on timeout.</summary>
public sealed class ProcessRunner : IProcessRunner
{
    /// <summary>A shared instance.</summary>
    public static readonly ProcessRunner Instance = new();

    private readonly IReadOnlyDictionary<string, string?> environment;

    /// <summary>
    /// Creates a runner; <paramref name="environment"/> sets (or, with a null value, removes) variables of every
    /// child process, e.g. <c>HOME</c> or <c>GIT_CONFIG_GLOBAL</c> for an isolated git.
    /// </summary>
    public ProcessRunner(IReadOnlyDictionary<string, string?>? environment = null) =>
        this.environment = environment ?? new Dictionary<string, string?>();

    /// <inheritdoc/>
    public ProcessResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(Locate(program))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["LC_ALL"] = "C";
        if (Path.GetFileName(program) == "git")
        {
            GitSafety.Apply(info.Environment);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new ProcessResult(-1, "", ex.Message, Started: false);
        }

        process.StandardInput.Close();

        // Read whole streams (not lines) so NUL-separated output and names with CR or LF survive intact, each on a thread
        // of its own: a caller on a busy thread pool (a parallel scan whose workers wait for this process, as the
        // history pass does) would starve asynchronous reads, the pipe would fill and the child would stall on it.
        var stdout = ReadOnOwnThread(process.StandardOutput);
        var stderr = ReadOnOwnThread(process.StandardError);
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the timeout and the kill.
            }

            process.WaitForExit();
            return new ProcessResult(-1, Collect(stdout), $"timed out after {timeout.TotalSeconds:0.#} s", TimedOut: true);
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, Collect(stdout), Collect(stderr));
    }

    /// <summary>
    /// A bare program name is looked up on the overriding <c>PATH</c> when one is set (tests put fake executables
    /// first on it); .NET itself only searches this process's PATH.
    /// </summary>
    private string Locate(string program)
    {
        if (!environment.TryGetValue("PATH", out var path) || path is null || program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal))
        {
            return program;
        }

        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
            {
                return candidate;
            }
        }

        return program;
    }

    private static Task<string> ReadOnOwnThread(StreamReader reader)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(reader.ReadToEnd());
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                done.SetResult("");
            }
        })
        { IsBackground = true, Name = "maia-sre process output" };
        thread.Start();
        return done.Task;
    }

    private static string Collect(Task<string> reading)
    {
        // A grandchild that inherited the pipe can keep it open after the child exits; do not wait for it forever.
        return reading.Wait(TimeSpan.FromSeconds(5)) ? reading.Result : "";
    }
}
