using System.Globalization;
using System.Text;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Reports.Graph;

namespace Maia.Sre.Ci.Reports.GitHub;

/// <summary>
/// The Markdown appended to <c>$GITHUB_STEP_SUMMARY</c>: status, health score and counts, a table of the top findings
/// linked to the commit, and a Mermaid chart of the phantoms and most-referenced tools. Kept under GitHub's 1 MiB.
/// </summary>
public static class StepSummaryWriter
{
    /// <summary>GitHub's limit per step summary, in bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// The summary for <paramref name="result"/>; links point at <paramref name="links"/> when it knows the commit, and
    /// the fixes section names <paramref name="command"/> (how the run was started) as the command that applies them.
    /// </summary>
    public static string Write(RunResult result, SourceLinks links, string command = "maia-sre check")
    {
        // Fewer rows and a smaller chart until it fits (a few hundred bytes per row: this rarely loops).
        foreach (var (rows, tools) in new[] { (50, 15), (20, 10), (5, 0) })
        {
            var text = Build(result, links, command, rows, tools);
            if (Encoding.UTF8.GetByteCount(text) < MaxBytes)
            {
                return text;
            }
        }

        return $"## maia-sre: {result.Status.ToUpperInvariant()}\n\nThe summary was too large for the step summary; see the reports.\n";
    }

    private static string Build(RunResult result, SourceLinks links, string command, int maxRows, int chartTools)
    {
        var md = new StringBuilder();
        var active = result.ActiveFindings.ToList();
        md.Append("## maia-sre: ").Append(result.Status == "fail" ? "❌ FAIL" : "✅ PASS").Append("\n\n");
        if (result.Phantoms is { } p)
        {
            md.Append(CultureInfo.InvariantCulture, $"**Health score: {p.HealthScore.ToString("0.0", CultureInfo.InvariantCulture)}/100** · ")
              .Append(CultureInfo.InvariantCulture, $"{p.SourcesScanned} sources scanned · {p.TotalDependencies} dependencies · ")
              .Append(CultureInfo.InvariantCulture, $"{p.Phantoms} phantoms ({p.CriticalPhantoms} critical) · {p.SinglePointsOfFailure.Count} single points of failure\n\n");
        }

        md.Append("| severity | findings | failing |\n| --- | ---: | ---: |\n");
        foreach (var severity in Enum.GetValues<Severity>().OrderDescending())
        {
            md.Append(CultureInfo.InvariantCulture, $"| {severity.ToName()} | {active.Count(f => f.Severity == severity)} | {result.FailingFindings.Count(f => f.Severity == severity)} |\n");
        }

        var silenced = result.Findings.Count - active.Count;
        md.Append(CultureInfo.InvariantCulture, $"\n{result.Checks.Count} checks; {silenced} suppressed or in the baseline; {result.AbsentFindings.Count} baseline findings gone.\n");
        AppendFindings(md, result, active, links, maxRows);
        FixesMarkdown.Append(md, result, links, command, maxRows);
        if (result.History?.Note is { } note)
        {
            md.Append("\n_History: ").Append(Cell(note)).Append("._\n");
        }
        if (chartTools > 0 && result.Phantoms is { Edges.Count: > 0 } figures)
        {
            md.Append("\n### Phantoms and most-referenced tools\n\n```mermaid\n")
              .Append(MermaidGraphWriter.Write(DependencyGraph.Build(figures, chartTools, chartTools)))
              .Append("```\n");
        }

        return md.ToString();
    }

    private static void AppendFindings(StringBuilder md, RunResult result, List<Finding> active, SourceLinks links, int maxRows)
    {
        if (active.Count == 0)
        {
            md.Append("\nNo findings.\n");
            return;
        }

        md.Append("\n### Top findings\n\n| severity | rule | where | message |\n| --- | --- | --- | --- |\n");
        var top = active.OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).Take(maxRows);
        foreach (var f in top)
        {
            var where = f.File.Length == 0 ? "(repository)" : f.Line > 0 ? $"{f.File}:{f.Line}" : f.File;
            var link = links.For(f.File, f.Line);
            var place = link is null ? $"`{Cell(where)}`" : $"[{Cell(where)}]({link})";
            var baseline = f.BaselineState == BaselineState.New ? " (new)" : "";
            md.Append(CultureInfo.InvariantCulture, $"| {f.Severity.ToName()}{baseline} | {RuleLink(f.RuleId)} | {place} | {Cell(Shorten(f.Message))} |\n");
        }

        if (active.Count > maxRows)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n… and {active.Count - maxRows} more (see the SARIF or JUnit report).\n");
        }
    }

    /// <summary>The rule id linked to its page, which says why it fired and how to fix or silence it.</summary>
    private static string RuleLink(string ruleId) =>
        Rules.RuleCatalog.All.Any(r => r.Id == ruleId) ? $"[{ruleId}]({Rules.RulePage.Url(ruleId)})" : ruleId;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..299] + "…";

    /// <summary>Text safe inside a Markdown table cell.</summary>
    internal static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);
}

/// <summary>Builds links to a file at a commit: <c>{server}/{repository}/blob/{sha}/{path}#L{line}</c>.</summary>
/// <param name="ServerUrl">e.g. <c>https://github.com</c> (<c>GITHUB_SERVER_URL</c>).</param>
/// <param name="Repository"><c>owner/name</c> (<c>GITHUB_REPOSITORY</c>); null for no links.</param>
/// <param name="Sha">Commit (<c>GITHUB_SHA</c>); null for no links.</param>
public sealed record SourceLinks(string? ServerUrl, string? Repository, string? Sha)
{
    /// <summary>The link, or null when the repository or commit is unknown or there is no file.</summary>
    public string? For(string file, int line)
    {
        if (string.IsNullOrEmpty(Repository) || string.IsNullOrEmpty(Sha) || file.Length == 0)
        {
            return null;
        }

        var server = string.IsNullOrEmpty(ServerUrl) ? "https://github.com" : ServerUrl.TrimEnd('/');
        var path = string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
        return $"{server}/{Repository}/blob/{Sha}/{path}" + (line > 0 ? $"#L{line}" : "");
    }
}
