using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Services;
using Maia.Sre.Ci.Services.Plist;

namespace Maia.Sre.Ci.Services.Launchd;

/// <summary>Reads a launchd property list into a <see cref="ServiceDefinition"/>, reporting what is wrong with it.</summary>
public static class LaunchdReader
{
    /// <summary>
    /// Reads <paramref name="file"/>; null when it is not a service definition (a property list outside LaunchAgents and
    /// LaunchDaemons folders that has no <c>Label</c>).
    /// </summary>
    public static DefinitionRead? Read(string file, byte[] bytes)
    {
        var inFolder = file.Split('/').Any(s => s is "LaunchAgents" or "LaunchDaemons");
        var findings = new List<Finding>();
        var (root, error) = PlistParser.Parse(bytes);
        if (error is not null)
        {
            // Outside the launchd folders, only a plist that mentions a Label is taken for a broken service definition.
            return inFolder || bytes.AsSpan().IndexOf("Label"u8) >= 0 ? Invalid(file, Describe(error.Message), error.Line, error.Column) : null;
        }

        if (root is not PlistDict dict)
        {
            return inFolder ? Invalid(file, "the top level is not a <dict>; launchd cannot load it", root!.Line, root.Column) : null;
        }

        if (dict.Get("Label") is not PlistString label)
        {
            return inFolder ? Invalid(file, dict.Get("Label") is null ? "has no Label; launchd refuses to load it" : "Label is not a string", dict.Line, dict.Column) : null;
        }

        var expected = Path.GetFileNameWithoutExtension(file);
        if (label.Value != expected)
        {
            findings.Add(ServiceFindings.Create(
                ServiceLabelMismatchRule.Descriptor, Severity.Warning, file, label.Line, label.Column,
                $"Label '{label.Value}' does not match the file name '{RepoName(file)}'; launchctl knows it as '{label.Value}', people look for '{expected}'",
                label.Value));
        }

        var paths = new List<PathUse>();
        ReadProgram(file, dict, paths, findings);
        foreach (var key in new[] { "WorkingDirectory", "StandardOutPath", "StandardErrorPath" })
        {
            if (dict.Get(key) is PlistString s && s.Value.Length > 0)
            {
                paths.Add(new PathUse(key == "WorkingDirectory" ? PathRole.WorkingDirectory : PathRole.Log, s.Value, key, s.Line, s.Column));
            }
        }

        var schedule = LaunchdSchedule.Read(file, dict, findings);
        var service = new ServiceDefinition
        {
            File = file,
            Manager = ServiceManager.Launchd,
            Label = label.Value,
            Class = schedule.Class,
            Schedule = schedule.Text,
            Interval = schedule.Interval,
            CalendarPeriod = schedule.CalendarPeriod,
            LogPaths = paths.Where(p => p.Role == PathRole.Log).Select(p => p.Path).ToList(),
        };
        return new DefinitionRead(file, service, paths, findings);
    }

    private static void ReadProgram(string file, PlistDict dict, List<PathUse> paths, List<Finding> findings)
    {
        var argv = new List<PlistString>();
        var key = "ProgramArguments";
        if (dict.Get(key) is { } args)
        {
            if (args is not PlistArray array || array.Items.Any(i => i is not PlistString))
            {
                findings.Add(Problem(file, "ProgramArguments must be an array of strings", args.Line, args.Column));
                return;
            }

            argv.AddRange(array.Items.Cast<PlistString>());
        }

        if (dict.Get("Program") is PlistString program)
        {
            // Program is the executable; ProgramArguments[0] is then only argv[0], the name the process sees.
            key = argv.Count > 0 ? key : "Program";
            argv = [program, .. argv.Skip(1)];
        }

        if (argv.Count == 0)
        {
            findings.Add(ServiceFindings.Create(
                ServiceProgramMissingRule.Descriptor, Severity.Critical, file, dict.Line, dict.Column,
                "has neither Program nor ProgramArguments: the service has nothing to run (critical: it can never start)"));
            return;
        }

        var index = ScriptArgument.Find(argv.Select(a => a.Value).ToList());
        if (index >= 0)
        {
            paths.Add(new PathUse(PathRole.Program, argv[index].Value, index == 0 && dict.Get("Program") is not null ? "Program" : key, argv[index].Line, argv[index].Column));
        }
    }

    private static DefinitionRead Invalid(string file, string message, int line, int column) =>
        new(file, null, [], [Problem(file, message, line, column)]);

    private static Finding Problem(string file, string message, int line, int column) =>
        ServiceFindings.Create(ServiceDefinitionInvalidRule.Descriptor, Severity.Error, file, line, column, message);

    private static string Describe(string problem) =>
        problem.Split(' ')[0] is "is" or "has" or "holds" or "nests"
            ? "the property list " + problem
            : "the property list cannot be read: " + problem;

    private static string RepoName(string file) => file[(file.LastIndexOf('/') + 1)..];
}
