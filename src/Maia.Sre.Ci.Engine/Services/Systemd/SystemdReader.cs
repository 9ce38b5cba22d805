using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Services;

namespace Maia.Sre.Ci.Services.Systemd;

/// <summary>
/// Reads systemd units together: each <c>.service</c> becomes a <see cref="ServiceDefinition"/>; <c>.timer</c> and
/// <c>.path</c> units give their service its schedule and must name a service that exists.
/// </summary>
public static class SystemdReader
{
    private static readonly string[] LogKeys = ["StandardOutput", "StandardError"];
    private static readonly string[] ExecKeys = ["ExecCondition", "ExecStartPre", "ExecStart", "ExecStartPost", "ExecReload", "ExecStop", "ExecStopPost"];

    /// <summary>Reads every unit in <paramref name="units"/> (repository path and text), one result per file.</summary>
    public static IReadOnlyList<DefinitionRead> Read(IReadOnlyList<(string File, string Text)> units)
    {
        var parsed = new Dictionary<string, (string File, UnitFile Unit)>(StringComparer.Ordinal);
        var results = new List<DefinitionRead>();
        foreach (var (file, text) in units)
        {
            var (unit, error) = UnitFileParser.Parse(text);
            if (unit is null)
            {
                results.Add(new(file, null, [], [ServiceFindings.Create(ServiceDefinitionInvalidRule.Descriptor, Severity.Error, file, error!.Line, error.Column, "the unit file cannot be read: " + error.Message)]));
                continue;
            }

            parsed.TryAdd(Name(file), (file, unit));
        }

        var schedules = new Dictionary<string, TimerSchedule>(StringComparer.Ordinal);
        foreach (var (name, (file, unit)) in parsed.Where(p => !p.Key.EndsWith(".service", StringComparison.Ordinal)))
        {
            var findings = new List<Finding>();
            var section = name.EndsWith(".timer", StringComparison.Ordinal) ? "Timer" : "Path";
            var unitEntry = unit.Last(section, "Unit");
            var target = unitEntry?.Value ?? name[..name.LastIndexOf('.')] + ".service";
            if (!parsed.ContainsKey(target))
            {
                findings.Add(ServiceFindings.Create(
                    ServiceScheduleInvalidRule.Descriptor, Severity.Error, file, unitEntry?.Line ?? 1, unitEntry?.Column ?? 1,
                    $"{(section == "Timer" ? "timer" : "path unit")} starts '{target}', which is not in the repository: it fires into nothing", target));
            }

            var schedule = section == "Timer" ? TimerSchedule.Read(file, unit, findings) : TimerSchedule.Trigger(unit);
            schedules[target] = schedule with { Unit = name };
            results.Add(new(file, null, [], findings));
        }

        foreach (var (name, (file, unit)) in parsed.Where(p => p.Key.EndsWith(".service", StringComparison.Ordinal)))
        {
            results.Add(ReadService(name, file, unit, schedules.GetValueOrDefault(name)));
        }

        return results;
    }

    private static DefinitionRead ReadService(string name, string file, UnitFile unit, TimerSchedule? schedule)
    {
        var findings = new List<Finding>();
        var paths = new List<PathUse>();
        foreach (var key in ExecKeys)
        {
            foreach (var entry in unit.All("Service", key))
            {
                var words = ExecLine.Split(entry.Value);
                var index = ScriptArgument.Find(words.Select(w => w.Text).ToList());
                if (index >= 0)
                {
                    paths.Add(new PathUse(PathRole.Program, words[index].Text, key, entry.Line, entry.Column + words[index].Offset));
                }
            }
        }

        var type = unit.Value("Service", "Type") ?? "simple";
        if (unit.All("Service", "ExecStart").Count == 0 && type != "oneshot")
        {
            findings.Add(ServiceFindings.Create(ServiceProgramMissingRule.Descriptor, Severity.Critical, file, 1, 1,
                "has no ExecStart=: the service has nothing to run (critical: it can never start)"));
        }

        if (unit.Last("Service", "WorkingDirectory") is { } wd && wd.Value.TrimStart('-').StartsWith('/'))
        {
            paths.Add(new PathUse(PathRole.WorkingDirectory, wd.Value.TrimStart('-'), "WorkingDirectory", wd.Line, wd.Column + (wd.Value.Length - wd.Value.TrimStart('-').Length)));
        }

        foreach (var key in LogKeys)
        {
            if (unit.Last("Service", key) is { } log && log.Value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
                && log.Value[..colon] is "file" or "append" or "truncate")
            {
                paths.Add(new PathUse(PathRole.Log, log.Value[(colon + 1)..], key, log.Line, log.Column + colon + 1));
            }
        }

        var restart = unit.Value("Service", "Restart") ?? "no";
        var cls = schedule?.Class ?? (restart == "always" || (restart != "no" && type != "oneshot") ? ServiceClass.Continuous : ServiceClass.OneShot);
        var service = new ServiceDefinition
        {
            File = file,
            Manager = ServiceManager.Systemd,
            Label = name,
            Class = cls,
            Schedule = schedule?.Text ?? (cls == ServiceClass.Continuous ? $"Restart={restart}" : "once, when started"),
            Interval = schedule?.Interval,
            CalendarPeriod = schedule?.Period,
            TimerUnit = schedule?.Unit.EndsWith(".timer", StringComparison.Ordinal) == true ? schedule.Unit : null,
        };
        return new DefinitionRead(file, service, paths, findings);
    }

    private static string Name(string file) => file[(file.LastIndexOf('/') + 1)..];
}
