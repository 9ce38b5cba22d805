using System.Globalization;
using System.Text;
using Maia.Sre.Ci.Fixes;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports.GitHub;

/// <summary>The step summary's section on fixes: the fixable findings, each with its change, and the command that applies them.</summary>
internal static class FixesMarkdown
{
    /// <summary>Appends the section when the run has fixable findings; <paramref name="command"/> is how the run was started (<c>maia-sre check</c>).</summary>
    public static void Append(StringBuilder md, RunResult result, SourceLinks links, string command, int maxRows)
    {
        var fixable = result.FixableFindings.ToList();
        if (fixable.Count == 0)
        {
            return;
        }

        var selection = FixSelection.From(fixable, includeUnsafe: false);
        md.Append("\n### Fixable\n\n");
        var line = selection.Safe == 0
            ? $"`{command} --fix --unsafe-fixes` applies the {Count(selection.Unsafe, "unsafe fix", "unsafe fixes")}."
            : $"`{command} --fix` applies the {Count(selection.Safe, "safe fix", "safe fixes")}"
                + (selection.Unsafe == 0 ? "." : $"; `{command} --fix --unsafe-fixes` also the {Count(selection.Unsafe, "unsafe one", "unsafe ones")}.");
        md.Append(line).Append("\n\n");
        md.Append("| fix | where | change |\n| --- | --- | --- |\n");
        foreach (var finding in fixable.Take(maxRows))
        {
            var fix = finding.Fix!;
            var edit = fix.Edits[0];
            var where = $"{finding.File}:{finding.Line}";
            var link = links.For(finding.File, finding.Line);
            var place = link is null ? $"`{StepSummaryWriter.Cell(where)}`" : $"[{StepSummaryWriter.Cell(where)}]({link})";
            var why = fix.Description.EndsWith(')') ? fix.Description[(fix.Description.LastIndexOf(" (", StringComparison.Ordinal) + 1)..] : "";
            md.Append(CultureInfo.InvariantCulture, $"| {fix.SafetyName} | {place} | `{StepSummaryWriter.Cell(edit.OldText)}` → `{StepSummaryWriter.Cell(edit.NewText)}` {StepSummaryWriter.Cell(why)} |\n");
        }

        if (fixable.Count > maxRows)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n… and {fixable.Count - maxRows} more (see the SARIF or JSON report).\n");
        }
    }

    private static string Count(int n, string one, string many) => n == 1 ? one : $"{n} {many}";
}
