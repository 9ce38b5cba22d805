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
        "high");
}
