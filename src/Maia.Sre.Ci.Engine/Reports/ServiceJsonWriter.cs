using System.Text.Json;
using Maia.Sre.Ci.Services;

namespace Maia.Sre.Ci.Reports;

/// <summary>The JSON report's <c>services</c> array: one object per service, with its live health when probed.</summary>
public static class ServiceJsonWriter
{
    /// <summary>Writes the array (nothing when the <c>services</c> rule set found no definitions).</summary>
    public static void Write(Utf8JsonWriter json, ServiceReport report)
    {
        json.WriteStartArray("services");
        var health = report.Health?.ToDictionary(h => h.Service.File, StringComparer.Ordinal);
        foreach (var s in report.Services.OrderBy(s => s.Label, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("label", s.Label);
            json.WriteString("file", s.File);
            json.WriteString("manager", s.Manager.ToString().ToLowerInvariant());
            json.WriteString("class", s.Class.ToName());
            json.WriteString("schedule", s.Schedule);
            json.WriteBoolean("startable", !s.Unstartable);
            if (health is not null && health.TryGetValue(s.File, out var h))
            {
                json.WriteString("health", h.State.ToString().ToLowerInvariant());
                json.WriteString("reason", h.Reason);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
