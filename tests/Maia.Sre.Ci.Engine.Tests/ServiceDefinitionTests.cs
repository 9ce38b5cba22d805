using Maia.Sre.Ci.Services;
using Maia.Sre.Ci.Services.Live;
using Maia.Sre.Ci.Services.Systemd;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>The small parts of the services rule set: command lines, systemd times, unit syntax, health thresholds.</summary>
public sealed class ServiceDefinitionTests
{
    [TestCase("/usr/bin/python3 /repo/tools/x.py --flag", "/repo/tools/x.py")]
    [TestCase("/usr/bin/python3 -u -B /repo/tools/x.py", "/repo/tools/x.py")]
    [TestCase("/usr/bin/env LANG=C bash /repo/x.sh", "/repo/x.sh")]
    [TestCase("/repo/.venv/bin/python3.12 tools/x.py", "tools/x.py")]
    [TestCase("/repo/bin/tool --serve", "/repo/bin/tool")]
    [TestCase("uv run /repo/x.py", "/repo/x.py")]
    [TestCase("/usr/bin/python3 -m http.server", null)]
    [TestCase("/bin/bash -c 'echo hi'", null)]
    public void The_script_a_command_runs_is_found(string command, string? expected)
    {
        var argv = ExecLine.Split(command).Select(w => w.Text).ToList();
        var index = ScriptArgument.Find(argv);
        Assert.That(index < 0 ? null : argv[index], Is.EqualTo(expected));
    }

    [TestCase("-/usr/bin/x.sh a", "/usr/bin/x.sh a", 1)]
    [TestCase("@/usr/bin/python3 python /repo/x.py", "/usr/bin/python3 /repo/x.py", 1)]
    [TestCase("!!/bin/run \"a b\" c\\ d", "/bin/run a b c d", 2)]
    [TestCase("+-/bin/x", "/bin/x", 2)]
    public void Exec_prefixes_and_quotes_are_handled(string value, string argv, int firstOffset)
    {
        var words = ExecLine.Split(value);
        Assert.That(string.Join(" ", words.Select(w => w.Text)), Is.EqualTo(argv));
        Assert.That(words[0].Offset, Is.EqualTo(firstOffset));
    }

    [TestCase("90", 90)]
    [TestCase("15min", 900)]
    [TestCase("1h 30min", 5400)]
    [TestCase("2d", 172800)]
    [TestCase("soon", -1)]
    [TestCase("5 fortnights", -1)]
    public void Time_spans_parse_like_systemd(string text, double seconds)
    {
        var span = SystemdTime.ParseSpan(text);
        Assert.That(span?.TotalSeconds ?? -1, Is.EqualTo(seconds));
    }

    [TestCase("daily", true, 24)]
    [TestCase("hourly", true, 1)]
    [TestCase("*-*-* 07:00:00", true, 24)]
    [TestCase("Mon..Fri 09:30", true, 24)]
    [TestCase("Sun 03:00", true, 168)]
    [TestCase("*-*-* *:00/15", true, 1)]
    [TestCase("dialy", false, 0)]
    [TestCase("*-13-01 00:00", false, 0)]
    [TestCase("Funday 10:00", false, 0)]
    public void Calendar_expressions_are_checked(string text, bool valid, double hours)
    {
        var (problem, period) = SystemdTime.CheckCalendar(text);
        Assert.That(problem is null, Is.EqualTo(valid), problem);
        Assert.That(period.TotalHours, Is.EqualTo(hours));
    }

    [Test]
    public void Unit_files_join_continuations_and_reset_lists()
    {
        var (unit, error) = UnitFileParser.Parse("[Service]\nExecStart=/a\nExecStart=\nExecStart=/b \\\n  --x\n# c\n");
        Assert.That(error, Is.Null);
        Assert.That(unit!.All("Service", "ExecStart").Select(e => e.Value), Is.EqualTo(new[] { "/b --x" }));
        Assert.That(UnitFileParser.Parse("ExecStart=/a\n").Error!.Message, Does.Contain("before any [Section]"));
    }

    // Interval 1 h: healthy up to 1.5 h since the last run, degraded up to 3 h, failed beyond.
    [TestCase(90, HealthState.Healthy)]
    [TestCase(91, HealthState.Degraded)]
    [TestCase(180, HealthState.Degraded)]
    [TestCase(181, HealthState.Failed)]
    public void Interval_services_are_judged_against_one_and_a_half_and_three_intervals(int minutesAgo, HealthState expected)
    {
        var now = new DateTimeOffset(2025, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var service = new ServiceDefinition { File = "a.plist", Label = "a", Manager = ServiceManager.Launchd, Class = ServiceClass.Interval, Interval = TimeSpan.FromHours(1) };
        var status = new ServiceStatus { Loaded = true, LastExitCode = 0, LastRun = now.AddMinutes(-minutesAgo) };
        Assert.That(HealthJudge.Judge(service, status, now).State, Is.EqualTo(expected));
    }

    [Test]
    public void A_continuous_service_without_a_pid_has_failed_and_one_with_a_pid_is_healthy()
    {
        var now = DateTimeOffset.UnixEpoch;
        var service = new ServiceDefinition { File = "a.service", Label = "a.service", Manager = ServiceManager.Systemd, Class = ServiceClass.Continuous };
        Assert.That(HealthJudge.Judge(service, new ServiceStatus { Loaded = true, LastExitCode = 0 }, now).State, Is.EqualTo(HealthState.Failed));
        Assert.That(HealthJudge.Judge(service, new ServiceStatus { Loaded = true, Pid = 7 }, now).State, Is.EqualTo(HealthState.Healthy));
        Assert.That(HealthJudge.Judge(service, new ServiceStatus { Problem = "not loaded" }, now).State, Is.EqualTo(HealthState.Unknown));
    }
}
