using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Preflight;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Preflight;

/// <summary>
/// MSRE2009 and MSRE2010: required commands are on <c>PATH</c> and, when a minimum is set, print a version at least
/// that high. Only the command found on <c>PATH</c> is run, with its version arguments, never one inside the repository.
/// </summary>
internal sealed class CommandChecks(string root, Func<string, string?> environment, IProcessRunner runner, TimeSpan timeout, PreflightRecorder recorder)
{
    /// <summary>Checks every entry of <c>preflight.requiredCommands</c>.</summary>
    public void Run(IReadOnlyList<RequiredCommand> commands)
    {
        foreach (var command in commands)
        {
            var found = PathLookup.Find(command.Name, environment("PATH"), environment("PATHEXT"));
            if (found is null)
            {
                recorder.Found(RequiredCommandRule.Descriptor, "command:" + command.Name, Severity.Critical, $"required command '{command.Name}' is not on PATH", command.Name);
                continue;
            }

            recorder.Passed(RequiredCommandRule.Descriptor, "command:" + command.Name, $"'{command.Name}' is {found}");
            if (command.MinVersion is not null)
            {
                CheckVersion(command, found);
            }
        }
    }

    private void CheckVersion(RequiredCommand command, string found)
    {
        var subject = "version:" + command.Name;
        var minimum = ToolVersion.Parse(command.MinVersion!);
        var shown = $"'{command.Name} {string.Join(' ', command.EffectiveVersionArgs)}'";
        if (FileLister.IsInside(root, found))
        {
            Fail(subject, command, $"'{command.Name}' resolves inside the repository ({found}); preflight never runs repository content, so its version was not read");
            return;
        }

        var result = runner.Run(found, command.EffectiveVersionArgs, root, timeout);
        if (result.TimedOut)
        {
            Fail(subject, command, $"{shown} did not finish within {timeout.TotalSeconds:0.#} s; the version of '{command.Name}' could not be read");
            return;
        }

        var version = ToolVersion.Find(result.StandardOutput + "\n" + result.StandardError);
        if (!result.Started || version is null)
        {
            var why = !result.Started ? result.StandardError.Trim() : $"exit code {result.ExitCode}, output '{GitProbe.FirstLine(result.StandardOutput + result.StandardError)}'";
            Fail(subject, command, $"{shown} printed no version ({why}); {command.MinVersion} or newer is required");
            return;
        }

        if (version.CompareTo(minimum) < 0)
        {
            Fail(subject, command, $"'{command.Name}' is version {version}, older than the required {command.MinVersion}");
            return;
        }

        recorder.Passed(CommandVersionRule.Descriptor, subject, $"'{command.Name}' is version {version} (at least {command.MinVersion})");
    }

    private void Fail(string subject, RequiredCommand command, string message) =>
        recorder.Found(CommandVersionRule.Descriptor, subject, Severity.Critical, message, command.Name);
}
