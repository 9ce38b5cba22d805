using System.Text.Encodings.Web;
using System.Text.Json;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Baselines;

/// <summary>
/// Reads and writes baseline files: deterministic JSON, <c>{"version": 1, "tool": "maia-sre", "findings": [...]}</c>,
/// one entry per fingerprint, sorted, with no timestamps, so a regenerated baseline only differs where findings did.
/// </summary>
public static class BaselineFile
{
    /// <summary>The format version this tool writes and reads.</summary>
    public const int Version = 1;

    /// <summary>Writes <paramref name="baseline"/> as UTF-8 JSON without a byte-order mark.</summary>
    public static void Write(Baseline baseline, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("tool", LintEngine.Tool.Name);
        json.WriteStartArray("findings");
        foreach (var e in baseline.Entries)
        {
            json.WriteStartObject();
            json.WriteString("fingerprint", e.Fingerprint);
            json.WriteString("ruleId", e.RuleId);
            json.WriteString("rule", e.RuleName);
            json.WriteString("severity", e.Severity.ToName());
            json.WriteString("file", e.File);
            if (e.Reference is not null)
            {
                json.WriteString("reference", e.Reference);
            }

            json.WriteString("message", e.Message);
            json.WriteNumber("count", e.Count);
            json.WriteNumber("line", e.Position.Line);
            json.WriteNumber("column", e.Position.Column);
            json.WriteNumber("endColumn", e.Position.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a baseline file; throws <see cref="BaselineException"/> naming the file when it is missing or malformed.</summary>
    public static Baseline Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                throw new BaselineException(path, $"not a maia-sre baseline (expected \"version\": {Version})");
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new BaselineException(path, "\"findings\" must be an array");
            }

            return new Baseline(findings.EnumerateArray().Select((e, i) => Entry(path, e, i)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException)
        {
            throw new BaselineException(path, ex.Message, ex);
        }
    }

    private static BaselineEntry Entry(string path, JsonElement e, int index)
    {
        string Text(string name, bool required = true) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : required ? throw new BaselineException(path, $"findings[{index}]: \"{name}\" must be a string") : "";

        var severity = SeverityNames.TryParse(Text("severity", required: false), out var s) ? s : Severity.Warning;
        var count = e.TryGetProperty("count", out var c) ? c.GetInt32() : 1;
        if (count < 1)
        {
            throw new BaselineException(path, $"findings[{index}]: \"count\" must be at least 1");
        }

        var reference = e.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        int Number(string name) => e.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number ? Math.Max(0, n.GetInt32()) : 0;
        return new BaselineEntry(Text("fingerprint"), Text("ruleId"), Text("rule", required: false), severity, Text("file", required: false), reference, Text("message", required: false), count)
        {
            Position = (Number("line"), Number("column"), Number("endColumn")),
        };
    }
}

/// <summary>A baseline file could not be read; hosts exit with code 2 naming it.</summary>
public sealed class BaselineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BaselineException(string path, string reason, Exception? inner = null)
        : base($"cannot read baseline '{path}': {reason}", inner) => BaselinePath = path;

    /// <summary>Standard constructor.</summary>
    public BaselineException()
        : this("", "unknown error")
    {
    }

    /// <summary>Standard constructor.</summary>
    public BaselineException(string message)
        : this("", message)
    {
    }

    /// <summary>Standard constructor.</summary>
    public BaselineException(string message, Exception inner)
        : this("", message, inner)
    {
    }

    /// <summary>The path as given.</summary>
    public string BaselinePath { get; } = "";
}
