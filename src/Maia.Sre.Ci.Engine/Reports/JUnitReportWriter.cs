using System.Globalization;
using System.Text;
using System.Xml;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// JUnit XML valid against the strict Jenkins junit-10 schema: one <c>testsuite</c> per rule set, one <c>testcase</c>
/// per check, failing with every finding's <c>path:line:col</c> and message when one of them fails the run (at or above
/// the fail level). Findings below the fail level, suppressed and baseline findings are listed in <c>system-out</c>
/// of a passing case. No timestamps.
/// </summary>
public static class JUnitReportWriter
{
    /// <summary>Writes <paramref name="result"/> as JUnit XML (UTF-8, no byte-order mark); <paramref name="criticalOnly"/> keeps only critical findings.</summary>
    public static void Write(RunResult result, Stream stream, bool criticalOnly = false)
    {
        var suites = JUnitCases.Build(result, criticalOnly);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", result.Tool.Name);
            Counts(xml, suites.Sum(s => s.Cases.Count), suites.Sum(s => s.Failures));
            foreach (var suite in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", suite.Name);
                Counts(xml, suite.Cases.Count, suite.Failures);
                xml.WriteAttributeString("skipped", "0");
                foreach (var testCase in suite.Cases)
                {
                    WriteCase(xml, testCase);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void Counts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
    }

    private static void WriteCase(XmlWriter xml, JUnitCase testCase)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", XmlSafe(testCase.Name));
        xml.WriteAttributeString("classname", testCase.ClassName);
        var failing = testCase.Findings.Where(testCase.Fails).ToList();
        if (failing.Count > 0)
        {
            var worst = failing.Max(f => f.Severity);
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", worst.ToName());
            xml.WriteAttributeString("message", XmlSafe(failing.Count == 1 ? failing[0].Message : $"{failing.Count} findings, the first: {failing[0].Message}"));
            xml.WriteString(XmlSafe(string.Concat(failing.Select(Line))));
            xml.WriteEndElement();
        }

        var others = testCase.Findings.Where(f => !testCase.Fails(f)).ToList();
        if (others.Count > 0)
        {
            xml.WriteElementString("system-out", XmlSafe(string.Concat(others.Select(Line))));
        }

        xml.WriteEndElement();
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters from odd file names) with U+FFFD.</summary>
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));

    private static string Line(Finding f)
    {
        var state = f.Suppression is not null ? " (suppressed)" : f.BaselineState == BaselineState.Unchanged ? " (in the baseline)" : "";
        return $"{JUnitCases.Place(f)}: {f.Severity.ToName()} {f.RuleId}: {f.Message}{state}\n";
    }
}
