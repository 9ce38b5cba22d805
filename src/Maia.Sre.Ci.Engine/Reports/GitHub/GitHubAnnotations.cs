using System.Globalization;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports.GitHub;

/// <summary>
/// Annotations for the Actions log: one per active finding, most severe first, of the kind that agrees with the run's
/// verdict: <c>::error</c> for a finding that fails the run (at or above the fail level), <c>::warning</c> for one that
/// does not, <c>::notice</c> for a note. GitHub shows at most 10 of each kind per step, so the rest are counted in one
/// closing line instead.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>Annotations GitHub shows per kind and step.</summary>
    public const int PerKindLimit = 10;

    /// <summary>Writes the annotations for <paramref name="result"/>; returns how many were written.</summary>
    public static int Write(RunResult result, TextWriter output)
    {
        var ordered = result.ActiveFindings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ToList();
        var written = 0;
        foreach (var group in ordered.GroupBy(f => Command(f, result.FailLevel)))
        {
            foreach (var finding in group.Take(PerKindLimit))
            {
                output.WriteLine(Annotation(finding, result.FailLevel));
                written++;
            }
        }

        var left = ordered.Count - written;
        if (left > 0)
        {
            output.WriteLine($"maia-sre: {Text.Plural.Of(left, "more finding")} not annotated (GitHub shows {PerKindLimit} errors, {PerKindLimit} warnings and {PerKindLimit} notices per step); see the full list above or in the reports.");
        }

        return written;
    }

    /// <summary>The workflow command for one finding of a run judged at <paramref name="failLevel"/>.</summary>
    public static string Annotation(Finding finding, FailLevel failLevel)
    {
        string? Number(int n) => n > 0 ? n.ToString(CultureInfo.InvariantCulture) : null;
        var hasColumn = finding.Line > 0 && finding.Column > 0;
        var properties = new KeyValuePair<string, string?>[]
        {
            new("file", finding.File.Length > 0 ? finding.File : null),
            new("line", Number(finding.Line)),
            new("endLine", hasColumn && finding.EndColumn > finding.Column ? Number(finding.Line) : null),
            new("col", hasColumn ? Number(finding.Column) : null),
            new("endColumn", hasColumn && finding.EndColumn > finding.Column ? Number(finding.EndColumn) : null),
            new("title", $"{finding.RuleId} {finding.RuleName} ({finding.Severity.ToName()})"),
        };
        return WorkflowCommand.Format(Command(finding, failLevel), properties, finding.Message);
    }

    /// <summary><c>error</c> when the finding fails the run, else <c>warning</c>, or <c>notice</c> for a note that does not.</summary>
    public static string Command(Finding finding, FailLevel failLevel) =>
        failLevel.Fails(finding.Severity) ? "error" : finding.Severity >= Severity.Warning ? "warning" : "notice";
}
