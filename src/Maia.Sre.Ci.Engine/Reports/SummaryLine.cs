using System.Globalization;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// The one line that closes the text report, and the run's only verdict:
/// <c>maia-sre: 3 phantoms (1 critical), 1 note in 120 files; health 82.5/100; FAIL</c>. Its counts are the findings
/// printed above it, each counted once: phantoms (MSRE1001 at warning and above), then every other finding by severity.
/// </summary>
public static class SummaryLine
{
    /// <summary>The summary of <paramref name="result"/> for the findings it prints (<paramref name="shown"/>).</summary>
    public static string For(RunResult result, IReadOnlyList<Finding> shown)
    {
        var parts = new List<string>();
        var phantoms = shown.Where(IsPhantom).ToList();
        var others = BySeverity(shown.Where(f => !IsPhantom(f)));
        var critical = phantoms.Count(f => f.Severity == Severity.Critical);
        var head = phantoms.Count == 0 ? "no phantoms" : Plural.Of(phantoms.Count, "phantom") + (critical > 0 ? $" ({critical} critical)" : "");
        if (result.Phantoms is { } figures)
        {
            parts.Add(head + (others.Length > 0 ? ", " + others : "") + " in " + Plural.Of(figures.SourcesScanned, "file"));
            parts.Add("health " + figures.HealthScore.ToString("0.0", CultureInfo.InvariantCulture) + "/100");
            var fixes = Fixes.FixSelection.From(shown, includeUnsafe: false);
            var more = fixes.Unsafe > 0 ? $" ({fixes.Unsafe} more with --unsafe-fixes)" : "";
            if (fixes.Safe > 0)
            {
                parts.Add($"{fixes.Safe} fixable with --fix{more}");
            }
            else if (fixes.Unsafe > 0)
            {
                parts.Add($"{fixes.Unsafe} fixable with --fix --unsafe-fixes");
            }
        }
        else if (phantoms.Count > 0)
        {
            // 'preflight' reports the critical sources' phantoms without the phantom rule set's figures.
            parts.Add(head + (others.Length > 0 ? ", " + others : ""));
        }
        else
        {
            parts.Add(others.Length > 0 ? others : "no findings");
        }

        if (result.Details.GetValueOrDefault(Rules.RuleSets.Preflight) is Preflight.PreflightReport { Checks.Count: > 0 } preflight)
        {
            parts.Add(Plural.Of(preflight.Checks.Count, "preflight check"));
        }

        if (result.RuleSets.Contains(Rules.RuleSets.Services))
        {
            // The services rule set leaves no report at all where there is nothing to report on.
            var services = result.Details.GetValueOrDefault(Rules.RuleSets.Services) as Services.ServiceReport ?? new Services.ServiceReport();
            if (Services(services, onlyRuleSet: result.RuleSets.Count == 1) is { } text)
            {
                parts.Add(text);
            }
        }

        var suppressed = result.Findings.Count(f => f.Suppression is not null);
        var baselined = result.Findings.Count(f => f.Suppression is null && f.BaselineState == BaselineState.Unchanged);
        if (suppressed > 0)
        {
            parts.Add($"{suppressed} suppressed");
        }

        if (baselined > 0)
        {
            parts.Add($"{baselined} in the baseline");
        }

        parts.Add(result.Status == "fail" ? "FAIL" : "PASS");
        return "maia-sre: " + string.Join("; ", parts);
    }

    /// <summary>Counts by severity, most severe first: <c>1 critical, 2 errors, 3 warnings, 1 note</c>; empty for none.</summary>
    public static string BySeverity(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return string.Join(", ", Enum.GetValues<Severity>().OrderDescending()
            .Select(s => (Severity: s, Count: list.Count(f => f.Severity == s)))
            .Where(x => x.Count > 0)
            .Select(x => x.Severity == Severity.Critical ? $"{x.Count} critical" : Plural.Of(x.Count, x.Severity.ToName())));
    }

    private static string? Services(Services.ServiceReport report, bool onlyRuleSet)
    {
        if (report.Services.Count == 0)
        {
            // In 'check' a repository without service definitions is the usual case: nothing to say.
            return onlyRuleSet ? "no service definitions (launchd property lists, systemd units)" : null;
        }

        var unstartable = report.Services.Count(s => s.Unstartable);
        var text = Plural.Of(report.Services.Count, "service") + (unstartable > 0 ? $" ({unstartable} cannot start)" : "");
        return report.Figures is { } live ? $"{text}, {live.Counts[Ci.Services.Live.HealthState.Healthy]} healthy, overall {live.Overall}" : text;
    }

    private static bool IsPhantom(Finding finding) => finding.RuleId == RuleIds.PhantomReference && finding.Severity >= Severity.Warning;
}
