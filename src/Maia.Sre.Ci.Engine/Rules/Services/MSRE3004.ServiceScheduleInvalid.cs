using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Services;

/// <summary>MSRE3004: a service's schedule can never fire or contradicts itself.</summary>
public static class ServiceScheduleInvalidRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ServiceScheduleInvalid,
        "service-schedule-invalid",
        RuleSets.Services,
        Severity.Error,
        "A service's schedule can never fire or contradicts itself.",
        "StartInterval of zero or less, unknown StartCalendarInterval keys or out-of-range values, an unreadable " +
        "OnCalendar= or time span, or a timer whose unit does not exist: the job never runs. KeepAlive together " +
        "with an interval or calendar schedule contradicts itself (warning): the schedule is meaningless.",
        "Fix the schedule: launchd calendar keys are Minute, Hour, Day, Weekday and Month; a timer needs its .service.",
        "Fix the schedule. launchd `StartCalendarInterval` keys are `Minute` (0-59), `Hour` (0-23), `Day` (1-31), " +
        "`Weekday` (0-7) and `Month` (1-12); a `.timer` needs the unit it starts (`Unit=` or the same-name `.service`).",
        ["reliability", "service", "schedule"],
        "high",
        Docs: new()
        {
            Why = """
                A schedule that can never fire looks like a working job in the repository; the first sign is the work that stopped happening. A schedule that contradicts itself (`KeepAlive` with an interval) does something other than what its author meant.
                """,
            Example = new()
            {
                Files =
                [
                    new("units/report.timer", "ini", """
                        [Unit]
                        Description=Nightly report

                        [Timer]
                        OnCalendar=dialy

                        [Install]
                        WantedBy=timers.target
                        """),
                ],
                Existing = ["units/report.service"],
                Command = "maia-sre services",
                Output =
                [
                    "units/report.timer(5,12): error MSRE3004: OnCalendar=dialy is not a calendar expression ([weekday] [year-month-day] [hour:minute[:second]] [timezone]) or a shorthand such as daily",
                ],
                Fix = "Write `OnCalendar=daily`. `systemd-analyze calendar daily` shows when a calendar expression fires.",
            },
            FixSafety = "No automatic fix: `--fix` never changes what this rule reports.",
            Suppress = """
                Inline directives do not apply to service definitions. Leave a definition out with `services.exclude`. To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("services.launchd", "the launchd property lists read"),
                new("services.systemd", "the systemd units read"),
                new("services.exclude", "definitions never read"),
            ],
        });
}
