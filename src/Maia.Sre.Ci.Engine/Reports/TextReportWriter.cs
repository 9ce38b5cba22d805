using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// Human and MSBuild-readable output: one canonical line per finding, <c>path(line,col): error MSRE1001: message</c>
/// (no subcategory, no end position, so MSBuild and GitHub's .NET problem matcher pick it up), then one summary line
/// that carries the run's verdict; <c>--verbose</c> adds the figures and checks behind it, <c>-q</c> only the findings.
/// </summary>
public sealed class TextReportWriter
{
    private readonly TextWriter output;
    private readonly bool color;

    /// <summary>Creates a writer; <paramref name="color"/> adds ANSI colours (see the hosts for when).</summary>
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

    /// <summary>
    /// Writes every active finding (only critical ones when <paramref name="criticalOnly"/>), one canonical line each;
    /// then, unless <paramref name="detail"/> is <see cref="TextDetail.Findings"/>, the details it asks for and the
    /// summary line, the run's one verdict (<see cref="SummaryLine"/>).
    /// </summary>
    public void Write(RunResult result, bool criticalOnly = false, TextDetail detail = TextDetail.Summary)
    {
        var shown = new List<Finding>();
        foreach (var finding in result.ActiveFindings)
        {
            if (criticalOnly && finding.Severity != Severity.Critical)
            {
                continue;
            }

            shown.Add(finding);
            if (color)
            {
                output.WriteLine(Painted(finding));
            }
            else
            {
                WriteCanonical(output, finding);
                output.WriteLine();
            }
        }

        if (detail == TextDetail.Findings)
        {
            return;
        }

        if (detail == TextDetail.Verbose)
        {
            WriteDetails(result, shown.Count);
        }
        else if (result.History?.Note is { } history)
        {
            // Said once, where phantoms asked for history and found none: why their messages name no commit.
            output.WriteLine($"maia-sre: {history}");
        }

        var summary = SummaryLine.For(result, shown);
        output.WriteLine(color ? PaintVerdict(summary, result.Status == "fail") : summary);
    }

    private void WriteDetails(RunResult result, int shown)
    {
        if (shown > 0)
        {
            output.WriteLine();
        }

        if (result.Phantoms is { } figures)
        {
            PhantomTextSection.Write(output, figures);
            FixesTextSection.Write(output, result);
        }

        if (result.Details.GetValueOrDefault(Rules.RuleSets.Preflight) is Preflight.PreflightReport preflight)
        {
            PreflightTextSection.Write(output, result, preflight);
        }

        if (result.Details.GetValueOrDefault(Rules.RuleSets.Services) is Services.ServiceReport services)
        {
            ServiceTextWriter.Write(output, services);
        }

        var failing = result.FailingFindings.Count();
        var level = result.FailLevel == FailLevel.Never
            ? "never (--fail-on never): no finding fails the run"
            : $"{result.FailLevel.ToString().ToLowerInvariant()} and above; {Text.Plural.Of(failing, "finding")} {(failing == 1 ? "fails" : "fail")} the run";
        output.WriteLine($"Fail level: {level}");
    }

    /// <summary>The canonical line with its category coloured by severity (terminals only).</summary>
    private static string Painted(Finding finding)
    {
        var line = Canonical(finding);
        var category = ": " + finding.Severity.ToMSBuildCategory() + " " + finding.RuleId + ": ";
        var at = line.IndexOf(category, StringComparison.Ordinal);
        var code = finding.Severity switch
        {
            Severity.Critical or Severity.Error => "31",
            Severity.Warning => "33",
            _ => "36",
        };
        return at < 0 ? line : $"{line[..(at + 2)]}\u001b[{code}m{category[2..^2]}\u001b[0m{line[(at + category.Length - 2)..]}";
    }

    /// <summary>The summary line with its verdict, the last word, green or red.</summary>
    private static string PaintVerdict(string summary, bool failed)
    {
        var verdict = failed ? "FAIL" : "PASS";
        return summary[..^verdict.Length] + $"\u001b[{(failed ? "1;31" : "1;32")}m{verdict}\u001b[0m";
    }
}
