using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Preflight;

namespace Maia.Sre.Ci.Preflight;

/// <summary>MSRE2007 and MSRE2008: required repository paths exist and, when asked, are executable.</summary>
internal static class RequiredPathChecks
{
    /// <summary>Checks every entry of <c>preflight.requiredPaths</c>.</summary>
    public static void Run(string root, IReadOnlyList<RequiredPath> paths, PreflightRecorder recorder)
    {
        foreach (var required in paths)
        {
            var full = Path.Combine(root, required.Path);
            var subject = "path:" + required.Path;
            var isFile = File.Exists(full);
            if (!isFile && !Directory.Exists(full))
            {
                recorder.Found(RequiredPathRule.Descriptor, subject, Severity.Critical, $"required path '{required.Path}' does not exist", required.Path);
                continue;
            }

            recorder.Passed(RequiredPathRule.Descriptor, subject, $"'{required.Path}' exists");
            if (!required.Executable)
            {
                continue;
            }

            var executableSubject = "executable:" + required.Path;
            if (!isFile)
            {
                recorder.Found(RequiredPathExecutableRule.Descriptor, executableSubject, Severity.Critical, $"required path '{required.Path}' is a folder, not an executable file", required.Path);
            }
            else if (Executables.HasExecuteBit(full))
            {
                recorder.Passed(RequiredPathExecutableRule.Descriptor, executableSubject, $"'{required.Path}' has an execute bit");
            }
            else if (Executables.ShebangInterpreter(full) is { } interpreter)
            {
                recorder.Passed(RequiredPathExecutableRule.Descriptor, executableSubject, $"'{required.Path}' runs through its interpreter '{interpreter}'");
            }
            else
            {
                recorder.Found(RequiredPathExecutableRule.Descriptor, executableSubject, Severity.Critical, $"required path '{required.Path}' is not executable: no execute bit and no shebang naming a known interpreter", required.Path);
            }
        }
    }
}
