using YamlDotNet.Core;

namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Where each character of a scalar's value was written: for every index of the value, an offset into
/// <see cref="SourceText.All"/>. YAML makes a value from its source by dropping indentation, quotes, a block header
/// and folded line breaks, inserting spaces and line breaks, and, in double quotes, replacing escapes; it never drops
/// nor reorders any other character. So one walk over both, the value and the source, matching equal characters and
/// skipping source white space, places every non-blank character of the value exactly (an escape at the escape) and
/// every inserted blank at the source character it stands for. The value itself is YamlDotNet's, never re-derived.
/// </summary>
internal static class ScalarSourceMap
{
    /// <summary>
    /// Fills <paramref name="map"/> (at least as long as the value) and returns true, or false when the value cannot be
    /// placed character by character (then the rest of the map holds the last placed offset).
    /// </summary>
    public static bool Fill(ReadOnlySpan<char> all, YamlScalar scalar, Span<int> map)
    {
        var value = scalar.Value.AsSpan();
        var end = Math.Min(scalar.End, all.Length);
        var j = ContentStart(all, scalar, end);
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted && end > j && all[end - 1] == all[j - 1])
        {
            end--; // the closing quote
        }

        var doubleQuoted = scalar.Style == ScalarStyle.DoubleQuoted;
        var i = 0;
        while (i < value.Length)
        {
            if (IsBlank(value[i]))
            {
                // A run of blanks in the value stands for everything up to the source's next visible character: white
                // space (kept, dropped or folded), escaped line breaks, escapes of blanks. Each blank takes the first
                // source character that writes it, else (a fold YAML inserted) the place where the run ends.
                var runEnd = i;
                while (runEnd < value.Length && IsBlank(value[runEnd]))
                {
                    runEnd++;
                }

                while (j < end)
                {
                    var written = all[j];
                    var width = 1;
                    if (doubleQuoted && written == '\\')
                    {
                        var (produced, escapeWidth) = YamlEscape.Read(all[j..end]);
                        written = produced.Length == 1 ? produced[0] : produced.Length == 0 ? ' ' : 'x';
                        width = escapeWidth;
                    }

                    if (!IsBlank(written))
                    {
                        break;
                    }

                    if (i < runEnd && written == value[i])
                    {
                        map[i++] = j;
                    }

                    j += width;
                }

                while (i < runEnd)
                {
                    map[i++] = Math.Max(0, Math.Min(j, end - 1));
                }

                continue;
            }

            if (j >= end)
            {
                map[i..value.Length].Fill(Math.Max(0, end - 1));
                return false;
            }

            var c = all[j];
            if (doubleQuoted && c == '\\')
            {
                var (produced, width) = YamlEscape.Read(all[j..end]);
                if (produced.Length == 0)
                {
                    j += width; // an escaped line break before the first character
                    continue;
                }

                if (value[i..].StartsWith(produced, StringComparison.Ordinal))
                {
                    map.Slice(i, produced.Length).Fill(j);
                    i += produced.Length;
                    j += width;
                    continue;
                }
            }
            else if (scalar.Style == ScalarStyle.SingleQuoted && c == '\'' && j + 1 < end && all[j + 1] == '\'' && value[i] == '\'')
            {
                map[i++] = j;
                j += 2;
                continue;
            }
            else if (c == value[i])
            {
                map[i++] = j++;
                continue;
            }
            else if (IsBlank(c))
            {
                j++; // indentation before the first character
                continue;
            }

            map[i..value.Length].Fill(j);
            return false;
        }

        return true;
    }

    /// <summary>Where the scalar's content starts: past its anchor and tag, its opening quote, or its block header line.</summary>
    private static int ContentStart(ReadOnlySpan<char> all, YamlScalar scalar, int end)
    {
        var j = scalar.Start;
        if (scalar.HasProperties)
        {
            // Anchors and tags, then blanks and comments (no scalar starts with '#'), up to the content.
            while (j < end && all[j] is '&' or '!' or '#')
            {
                var comment = all[j] == '#';
                while (j < end && (comment ? all[j] is not ('\n' or '\r') : !IsBlank(all[j])))
                {
                    j++;
                }

                while (j < end && IsBlank(all[j]))
                {
                    j++;
                }
            }
        }

        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return Math.Min(j + 1, end);
            case ScalarStyle.Literal or ScalarStyle.Folded:
                var rest = all[j..end];
                var lineEnd = rest.IndexOfAny('\n', '\r');
                return lineEnd < 0 ? end : j + lineEnd;
            default:
                return j;
        }
    }

    // With YAML 1.1's line breaks (NEL, LS, PS), which YamlDotNet folds like any other.
    private static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
