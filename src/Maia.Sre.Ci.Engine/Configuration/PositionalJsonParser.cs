using System.Text;
using System.Text.Json;

namespace Maia.Sre.Ci.Configuration;

/// <summary>
/// Parses JSON with comments and trailing commas into <see cref="JNode"/>s that remember where they start.
/// System.Text.Json's DOM drops positions, which configuration errors need.
/// </summary>
public static class PositionalJsonParser
{
    /// <summary>Parses <paramref name="text"/>; syntax errors become a <see cref="ConfigException"/> naming <paramref name="file"/>.</summary>
    public static JNode Parse(string text, string file)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ConfigException(file, 1, 1, "the file is empty; expected a JSON object such as {}");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 64,
        });
        try
        {
            if (!reader.Read())
            {
                throw new ConfigException(file, 1, 1, "the file holds only comments; expected a JSON object such as {}");
            }

            var node = ReadValue(ref reader, lines, file);
            if (reader.Read())
            {
                var (line, col) = lines.Position(reader.TokenStartIndex);
                throw new ConfigException(file, line, col, "unexpected content after the end of the JSON value");
            }

            return node;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var col = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new ConfigException(file, line, col, "invalid JSON: " + Describe(ex.Message));
        }
    }

    private static string Describe(string message)
    {
        // System.Text.Json appends " LineNumber: 2 | BytePositionInLine: 7." which we report as (line,col) instead.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).TrimEnd();
        if (text.Contains("does not contain any JSON tokens", StringComparison.Ordinal) ||
            text.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return "the file ends before the JSON value is complete";
        }

        return text.TrimEnd('.');
    }

    private static JNode ReadValue(ref Utf8JsonReader reader, LineMap lines, string file)
    {
        var (line, col) = lines.Position(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var props = new List<JProperty>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (kl, kc) = lines.Position(reader.TokenStartIndex);
                    var key = reader.GetString() ?? "";
                    if (!seen.Add(key))
                    {
                        throw new ConfigException(file, kl, kc, $"duplicate key '{key}'");
                    }

                    reader.Read();
                    props.Add(new JProperty(key, kl, kc, ReadValue(ref reader, lines, file)));
                }

                return new JObject(line, col, props);
            case JsonTokenType.StartArray:
                var items = new List<JNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, file));
                }

                return new JArray(line, col, items);
            case JsonTokenType.String:
                return new JString(line, col, reader.GetString() ?? "");
            case JsonTokenType.Number:
                return new JNumber(line, col, reader.GetDouble());
            case JsonTokenType.True:
                return new JBool(line, col, true);
            case JsonTokenType.False:
                return new JBool(line, col, false);
            default:
                return new JNull(line, col);
        }
    }

    /// <summary>Maps byte offsets to 1-based line and character column.</summary>
    private sealed class LineMap
    {
        private readonly byte[] bytes;
        private readonly List<int> starts = [0];

        public LineMap(byte[] bytes)
        {
            this.bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(long offset)
        {
            var index = starts.BinarySearch((int)offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            var start = starts[index];
            var column = Encoding.UTF8.GetCharCount(bytes, start, (int)offset - start) + 1;
            return (index + 1, column);
        }
    }
}
