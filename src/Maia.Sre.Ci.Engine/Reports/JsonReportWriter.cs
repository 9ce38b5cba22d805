using System.Text.Encodings.Web;
using System.Text.Json;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// The JSON report, a documented contract (docs/json-report.md): <c>tool</c>, <c>summary</c>, <c>findings</c>
/// (unsuppressed, sorted by file, line, column), <c>suppressedFindings</c> and <c>singlePointsOfFailure</c>.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Writes <paramref name="result"/>; <paramref name="criticalOnly"/> keeps only critical findings.</summary>
    public static void Write(RunResult result, Stream stream, bool criticalOnly = false)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", result.Tool.Name);
        json.WriteString("version", result.Tool.Version);
        json.WriteEndObject();

        json.WriteStartObject("summary");
        var figures = result.Phantoms;
        json.WriteNumber("sourcesScanned", figures?.SourcesScanned ?? 0);
        json.WriteNumber("totalDependencies", figures?.TotalDependencies ?? 0);
        json.WriteNumber("inventorySize", figures?.InventorySize ?? 0);
        json.WriteNumber("phantoms", figures?.Phantoms ?? 0);
        json.WriteNumber("criticalPhantoms", figures?.CriticalPhantoms ?? 0);
        json.WriteNumber("singlePointsOfFailure", figures?.SinglePointsOfFailure.Count ?? 0);
        json.WriteNumber("healthScore", figures?.HealthScore ?? 100);
        json.WriteString("status", result.Status);
        json.WriteString("failOn", result.FailLevel.ToString().ToLowerInvariant());
        json.WriteNumber("findings", result.ActiveFindings.Count());
        json.WriteNumber("suppressed", result.Findings.Count(f => f.Suppression is not null || f.BaselineState == BaselineState.Unchanged));
        foreach (var (name, value) in result.ExtraSummary)
        {
            json.WriteNumber(name, value);
        }

        json.WriteEndObject();

        var shown = result.ActiveFindings.Where(f => !criticalOnly || f.Severity == Severity.Critical);
        WriteFindings(json, "findings", shown);
        WriteFindings(json, "suppressedFindings", result.Findings.Where(f => f.Suppression is not null || f.BaselineState == BaselineState.Unchanged));

        json.WriteStartArray("singlePointsOfFailure");
        foreach (var spof in figures?.SinglePointsOfFailure ?? [])
        {
            json.WriteStartObject();
            json.WriteString("tool", spof.Tool);
            json.WriteNumber("references", spof.References);
            json.WriteBoolean("exists", spof.Exists);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.History is { } history)
        {
            // Only when a phantom asked for it; no timings (reports are byte-identical for identical inputs).
            json.WriteStartObject("history");
            json.WriteString("state", history.Name);
            json.WriteNumber("commits", history.Commits);
            json.WriteString("detail", history.Detail);
            json.WriteEndObject();
        }

        if (result.Details.TryGetValue(Rules.RuleSets.Services, out var services) && services is Services.ServiceReport report)
        {
            ServiceJsonWriter.Write(json, report);
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, IEnumerable<Finding> findings)
    {
        json.WriteStartArray(name);
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", f.RuleId);
            json.WriteString("rule", f.RuleName);
            json.WriteString("severity", f.Severity.ToName());
            json.WriteString("message", f.Message);
            json.WriteString("file", f.File);
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteNumber("endColumn", f.EndColumn);
            WriteNullable(json, "reference", f.Reference);
            WriteNullable(json, "suggestion", f.Suggestion);
            WriteFix(json, f.Fix);
            json.WriteString("fingerprint", f.Fingerprint);
            if (f.Suppression is not null)
            {
                json.WriteString("suppression", f.Suppression.Justification);
            }

            if (f.BaselineState != BaselineState.None)
            {
                json.WriteString("baselineState", f.BaselineState.ToString().ToLowerInvariant());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFix(Utf8JsonWriter json, Fix? fix)
    {
        if (fix is null)
        {
            json.WriteNull("fix");
            return;
        }

        json.WriteStartObject("fix");
        json.WriteString("safety", fix.SafetyName);
        json.WriteString("description", fix.Description);
        json.WriteStartArray("edits");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WriteString("file", edit.File);
            json.WriteNumber("line", edit.Line);
            json.WriteNumber("column", edit.Column);
            json.WriteNumber("endColumn", edit.EndColumn);
            json.WriteString("text", edit.NewText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
