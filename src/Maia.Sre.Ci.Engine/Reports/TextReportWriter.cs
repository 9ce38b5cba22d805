using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// Human and MSBuild-readable output: one canonical line per finding, <c>path(line,col): error MSRE1001: message</c>
/// (no subcategory, no end position, so MSBuild and GitHub's .NET problem matcher pick it up), then a summary.
/// </summary>
public sealed class TextReportWriter
{
    private readonly TextWriter output;
    private readonly bool color;

    /// <summary>Creates a writer; <paramref name="color"/> adds ANSI colours (terminals only).</summary>
    public TextReportWriter(TextWriter output, bool color)
    {
        this.output = output;
        this.color = color;
    }

    /// <summary>The canonical line for one finding.</summary>
    public static string Canonical(Finding finding)
    {
        using var line = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteCanonical(line, finding);
        return line.ToString();
    }

    /// <summary>
    /// Writes the canonical line for <paramref name="finding"/> (no line break), <c>path(line,col): severity ID: message</c>,
    /// piece by piece: a large repository reports tens of thousands of findings, and this makes no string per finding.
    /// </summary>
    private static void WriteCanonical(TextWriter output, Finding finding)
    {
        var file = EscapeControl(finding.File);
        if (file.Length == 0)
        {
            output.Write("maia-sre");
        }
        else
        {
            output.Write(file);
            if (finding.Line > 0)
            {
                Span<char> number = stackalloc char[24];
                output.Write('(');
                finding.Line.TryFormat(number, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
                output.Write(number[..written]);
                output.Write(',');
                Math.Max(finding.Column, 1).TryFormat(number, out written, default, System.Globalization.CultureInfo.InvariantCulture);
                output.Write(number[..written]);
                output.Write(')');
            }
        }

        output.Write(": ");
        output.Write(finding.Severity.ToMSBuildCategory());
        output.Write(' ');
        output.Write(finding.RuleId);
        output.Write(": ");
        output.Write(finding.Message);
    }

    /// <summary>Escapes control characters (a file name may contain a newline) so each finding stays one line.</summary>
    public static string EscapeControl(string text)
    {
        // char.IsControl is U+0000–U+001F and U+007F–U+009F; paths are short, so one plain pass decides.
        if (!HasControl(text))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0020' || c is >= '\u007f' and <= '\u009f')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes every active finding (only critical ones when <paramref name="criticalOnly"/>), then the summary.</summary>
    public void Write(RunResult result, bool criticalOnly = false, bool quiet = false)
    {
        foreach (var finding in result.ActiveFindings)
        {
            if ((criticalOnly && finding.Severity != Severity.Critical) || (quiet && !result.FailLevel.Fails(finding.Severity)))
            {
                continue;
            }

            if (color)
            {
                output.WriteLine(Paint(Canonical(finding), finding.Severity));
            }
            else
            {
                WriteCanonical(output, finding);
                output.WriteLine();
            }
        }

        WriteSummary(result, quiet);
    }

    private void WriteSummary(RunResult result, bool quiet)
    {
        var active = result.ActiveFindings.ToList();
        var failing = result.FailingFindings.Count();
        var silenced = result.Findings.Count - active.Count;
        output.WriteLine();
        if (result.Phantoms is { } p)
        {
            output.WriteLine($"Phantom dependencies: {p.SourcesScanned} sources scanned, {p.TotalDependencies} dependencies, {p.InventorySize} files in inventory");
            output.WriteLine($"  phantoms: {p.Phantoms} ({p.CriticalPhantoms} critical), single points of failure: {p.SinglePointsOfFailure.Count}");
            foreach (var spof in p.SinglePointsOfFailure.Take(10))
            {
                output.WriteLine($"    {(spof.Exists ? "ok     " : "MISSING")} {spof.Tool} ({spof.References} sources)");
            }

            output.WriteLine($"  health score: {p.HealthScore.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}/100");
            FixesTextSection.Write(output, result);
        }

        if (result.Details.TryGetValue(Rules.RuleSets.Preflight, out var details) && details is Preflight.PreflightReport preflight)
        {
            PreflightTextSection.Write(output, result, preflight, quiet);
        }

        if (result.Details.TryGetValue(Rules.RuleSets.Services, out var services) && services is Services.ServiceReport report)
        {
            ServiceTextWriter.Write(output, report);
        }

        var counts = string.Join(", ", Enum.GetValues<Severity>().OrderDescending()
            .Select(s => (s, n: active.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n} {x.s.ToName()}"));
        var status = failing == 0 ? Paint("PASS", Severity.Note, ok: true) : Paint("FAIL", Severity.Critical);
        var suffix = silenced > 0 ? $", {silenced} suppressed" : "";
        var level = result.FailLevel == FailLevel.Never ? "never fails" : $"fails on {result.FailLevel.ToString().ToLowerInvariant()}";
        output.WriteLine($"{status}: {(counts.Length == 0 ? "no findings" : counts)}{suffix} ({level}; {failing} failing)");
    }

    private string Paint(string text, Severity severity, bool ok = false)
    {
        if (!color)
        {
            return text;
        }

        var code = ok ? "32" : severity switch
        {
            Severity.Critical or Severity.Error => "31",
            Severity.Warning => "33",
            _ => "36",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
