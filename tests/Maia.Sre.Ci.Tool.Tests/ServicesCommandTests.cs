using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary><c>maia-sre services</c>: static rules on the moved-scripts fixture, and live health played back by fake managers.</summary>
[Platform(Exclude = "Win", Reason = "the fake launchctl and systemctl are bash scripts")]
public sealed class ServicesCommandTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Moved_scripts_exit_1_with_a_critical_finding_and_a_suggestion_per_unstartable_service()
    {
        using var repo = Fixture.Load("services-moved").CopyToTemp();
        var outcome = CliHarness.InProcess(repo.Root, "services", "--root", repo.Root, "--no-color", "--verbose");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        var critical = outcome.FindingLines.Where(l => l.Contains("error MSRE3002", StringComparison.Ordinal)).ToList();
        Assert.That(critical, Has.Count.EqualTo(3));
        Assert.That(critical[0], Does.Contain("did you mean 'claude/tools/productivity/email_question_monitor.py'?"));
        Assert.That(critical[1], Does.Contain("did you mean 'claude/tools/sre/health_monitor.py'?"));
        Assert.That(critical[2], Does.Contain("did you mean 'claude/tools/sre/sync_inbox.sh'?"));
        Assert.That(outcome.Out, Does.Contain("Services: 4 defined (3 launchd, 1 systemd): 1 continuous, 2 interval, 1 calendar; 3 cannot start"));
        Assert.That(outcome.Out.TrimEnd().Split('\n')[^1], Is.EqualTo("maia-sre: 3 critical; 4 services (3 cannot start); FAIL"));
    }

    [Test]
    public void Without_service_definitions_the_one_line_says_so()
    {
        using var repo = Fixture.Load("clean").CopyToTemp();
        var outcome = CliHarness.InProcess(repo.Root, "services", "--root", repo.Root, "--no-color");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        Assert.That(outcome.Out, Is.EqualTo("maia-sre: no findings; no service definitions (launchd property lists, systemd units); PASS\n"));
    }

    [Test]
    public void Live_health_matches_the_hand_computed_table_and_slo_summary()
    {
        using var repo = LiveRepo(out var logs);
        using var bin = FakeManagers();
        var outcome = RunLive(repo, bin.Root);

        // 10 services: healthy 5 (email-monitor, daily-brief, api, sync, setup), degraded 1 (backup),
        // failed 2 (health-monitor, report), idle 1 (inbox-watch), unknown 1 (ghost).
        // availability = 5 / 10 = 50.0%.
        // continuous (email-monitor, health-monitor, api): 2 healthy / 3 = 66.7% against 99.9%:
        //   budget 0.1 points; spent (100 - 66.667) / 0.1 = 333.33 → 33333.3%; left max(0, 100 - 33333.3) = 0.0%.
        // scheduled (the other 7): healthy or idle = daily-brief, inbox-watch, sync, setup = 4 / 7 = 57.1% against 95%:
        //   budget 5 points; spent (100 - 57.143) / 5 = 8.5714 → 857.1%; left 0.0%.
        // backup: interval 1 h, log written 2 h before now = 2.0× (over 1.5×, not over 3×) → degraded.
        // daily-brief: calendar daily, log written 5 h before now (within a day) → healthy.
        // sync: timer last triggered 11:50, 10 min before now, interval 15 min (under 1.5× = 22.5 min) → healthy.
        string[] expected =
        [
            "Service health (live, 2025-11-25 12:00 UTC):",
            "  STATE     CLASS      SERVICE                 REASON",
            "  degraded  interval   com.maia.backup         last ran 2 h ago: 2.0× its 60 min interval (over 1.5×)",
            "  healthy   calendar   com.maia.daily-brief    last ran 5 h ago (expected at least every 24 h)",
            "  healthy   continuous com.maia.email-monitor  running (pid 4242)",
            "  unknown   one-shot   com.maia.ghost          not loaded (launchctl: Bad request.)",
            "  failed    continuous com.maia.health-monitor not running (last exit code 1); a continuous service must have a pid",
            "  idle      trigger    com.maia.inbox-watch    loaded; waiting for its trigger",
            "  healthy   continuous maia-api.service        running (pid 999)",
            "  failed    calendar   maia-report.service     last exit code 2",
            "  healthy   one-shot   maia-setup.service      last exit code 0",
            "  healthy   interval   maia-sync.service       last ran 10 min ago (every 15 min)",
            "  totals: 10 services: 5 healthy, 1 degraded, 2 failed, 1 idle, 1 unknown",
            "  availability (SLI): 50.0% (5 of 10 healthy)",
            "  continuous availability: 66.7% of 3 against SLO 99.9%: MISSED; error budget 33333.3% spent, 0.0% left",
            "  scheduled health: 57.1% of 7 against SLO 95.0%: MISSED; error budget 857.1% spent, 0.0% left",
            "  overall: DEGRADED",
        ];
        var lines = outcome.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf(expected[0]);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), outcome.Out + outcome.Error);
        Assert.That(lines.Skip(start).Take(expected.Length), Is.EqualTo(expected));
        Assert.That(outcome.ExitCode, Is.EqualTo(1), "failed services are critical");
        Assert.That(outcome.FindingLines.Count(l => l.Contains("error MSRE3006", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(logs, Is.Not.Empty);
    }

    [Test]
    public void A_host_without_launchd_or_systemd_exits_2_with_a_clear_message()
    {
        using var repo = LiveRepo(out _);
        using var empty = new TempRepo();
        var outcome = RunLive(repo, empty.Root, pathRest: "");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.Contain("live service health needs launchd (launchctl) or systemd (systemctl)"));
    }

    private static CliHarness.Outcome RunLive(TempRepo repo, string fakeBin, string? pathRest = null)
    {
        var path = fakeBin + Path.PathSeparator + (pathRest ?? Environment.GetEnvironmentVariable("PATH"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr, repo.Root)
        {
            OutputIsTerminal = false,
            Clock = new FixedClock(Now),
            ProcessRunner = new ProcessRunner(new Dictionary<string, string?> { ["PATH"] = path }),
        };
        var code = CliApp.Run(["services", "--live", "--verbose", "--uid", "501", "--root", repo.Root, "--no-color"], env);
        return new CliHarness.Outcome(code, stdout.ToString(), stderr.ToString());
    }

    private static TempRepo FakeManagers()
    {
        var bin = new TempRepo();
        foreach (var name in new[] { "launchctl", "systemctl" })
        {
            var target = Path.Combine(bin.Root, name);
            File.Copy(Path.Combine(RepoPaths.Root, "tests", "Maia.Sre.Ci.Tool.Tests", "Recorded", name), target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return bin;
    }

    /// <summary>Six launchd jobs and four systemd services (two with timers); launchd logs dated relative to <see cref="Now"/>.</summary>
    private static TempRepo LiveRepo(out string logs)
    {
        var repo = new TempRepo();
        logs = Path.Combine(repo.Root, "host-logs");
        Directory.CreateDirectory(logs);
        Plist(repo, "com.maia.email-monitor", "<key>KeepAlive</key><true/>", logs, null);
        Plist(repo, "com.maia.health-monitor", "<key>KeepAlive</key><true/>", logs, null);
        Plist(repo, "com.maia.backup", "<key>StartInterval</key><integer>3600</integer>", logs, TimeSpan.FromHours(2));
        Plist(repo, "com.maia.daily-brief", "<key>StartCalendarInterval</key><dict><key>Hour</key><integer>7</integer><key>Minute</key><integer>0</integer></dict>", logs, TimeSpan.FromHours(5));
        Plist(repo, "com.maia.inbox-watch", "<key>WatchPaths</key><array><string>/tmp/inbox</string></array>", logs, null);
        Plist(repo, "com.maia.ghost", "<key>RunAtLoad</key><true/>", logs, null);
        repo.Write("units/maia-api.service", "[Service]\nExecStart=/usr/bin/sleep infinity\nRestart=always\n");
        repo.Write("units/maia-sync.service", "[Service]\nType=oneshot\nExecStart=/usr/bin/true\n");
        repo.Write("units/maia-sync.timer", "[Timer]\nOnUnitActiveSec=15min\n");
        repo.Write("units/maia-report.service", "[Service]\nType=oneshot\nExecStart=/usr/bin/false\n");
        repo.Write("units/maia-report.timer", "[Timer]\nOnCalendar=daily\n");
        repo.Write("units/maia-setup.service", "[Service]\nType=oneshot\nExecStart=/usr/bin/true\n");
        return repo;
    }

    private static void Plist(TempRepo repo, string label, string schedule, string logs, TimeSpan? loggedAgo)
    {
        var log = Path.Combine(logs, label + ".log");
        repo.Write($"LaunchAgents/{label}.plist", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <plist version="1.0">
            <dict>
              <key>Label</key><string>{label}</string>
              <key>ProgramArguments</key><array><string>/bin/sleep</string><string>60</string></array>
              {schedule}
              <key>StandardOutPath</key><string>{log}</string>
            </dict>
            </plist>
            """);
        if (loggedAgo is { } ago)
        {
            File.WriteAllText(log, "ran\n");
            File.SetLastWriteTimeUtc(log, (Now - ago).UtcDateTime);
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
