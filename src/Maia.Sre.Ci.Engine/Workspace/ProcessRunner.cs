using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Maia.Sre.Ci.Workspace;

/// <summary>The real <see cref="IProcessRunner"/>: no shell, no standard input, killed (with its children) on timeout.</summary>
public sealed class ProcessRunner : IProcessRunner
{
    /// <summary>A shared instance.</summary>
    public static readonly ProcessRunner Instance = new();

    private readonly IReadOnlyDictionary<string, string>? environment;

    /// <summary>Creates a runner that inherits this process's environment.</summary>
    public ProcessRunner()
    {
    }

    /// <summary>
    /// Creates a runner whose programs see <paramref name="environment"/> on top of this process's environment. A
    /// <c>PATH</c> in it is also where bare program names are looked up (tests put fake executables first on it).
    /// </summary>
    public ProcessRunner(IReadOnlyDictionary<string, string> environment) => this.environment = environment;

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

        // Never let git page, prompt for credentials or read the user's editor.
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["LC_ALL"] = "C";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
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

        // Read whole streams (not lines) so NUL-separated output and names with CR or LF survive intact.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
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
    /// The program's full path on the overriding PATH, when one is set; .NET itself only searches this process's PATH.
    /// </summary>
    private string Locate(string program)
    {
        if (environment is null || !environment.TryGetValue("PATH", out var path) || program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal))
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

    private static string Collect(Task<string> reading)
    {
        // A grandchild that inherited the pipe can keep it open after the child exits; do not wait for it forever.
        return reading.Wait(TimeSpan.FromSeconds(5)) ? reading.Result : "";
    }
}
