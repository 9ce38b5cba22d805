using System.Globalization;

namespace Maia.Sre.Ci.Fixes;

/// <summary>
/// A unified diff of what a patch changes (<c>--- a/path</c>, <c>+++ b/path</c>, hunks with three lines of context),
/// the form <c>git apply</c> and <c>patch -p1</c> read. Lines keep their own terminators, so a CRLF file's diff
/// carries its CRs; a last line without one is marked <c>\ No newline at end of file</c>.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Writes the diff of <paramref name="patch"/> to <paramref name="output"/> (nothing when it changes nothing).</summary>
    public static void Write(TextWriter output, FilePatch patch)
    {
        var before = patch.Before;
        var after = patch.After;

        // Edits never add or remove a line, so line i before is line i after; the changed lines are those that differ.
        var changed = new List<int>();
        for (var i = 0; i < before.Count; i++)
        {
            if (!before.Line(i).SequenceEqual(after.Line(i)))
            {
                changed.Add(i);
            }
        }

        if (changed.Count == 0)
        {
            return;
        }

        output.Write($"--- a/{patch.File}\n+++ b/{patch.File}\n");
        var first = 0;
        while (first < changed.Count)
        {
            // One hunk: changed lines whose contexts touch or overlap.
            var last = first;
            while (last + 1 < changed.Count && changed[last + 1] - changed[last] <= 2 * Context)
            {
                last++;
            }

            var from = Math.Max(0, changed[first] - Context);
            var to = Math.Min(before.Count - 1, changed[last] + Context);
            output.Write($"@@ -{Range(from, to)} +{Range(from, to)} @@\n");
            for (var i = from; i <= to; i++)
            {
                if (changed.BinarySearch(i) < 0)
                {
                    WriteLine(output, ' ', before, i, patch.ByteOrderMark);
                    continue;
                }

                // A run of changed lines: the old ones, then the new ones, as git writes them.
                var end = i;
                while (end + 1 <= to && changed.BinarySearch(end + 1) >= 0)
                {
                    end++;
                }

                for (var j = i; j <= end; j++)
                {
                    WriteLine(output, '-', before, j, patch.ByteOrderMark);
                }

                for (var j = i; j <= end; j++)
                {
                    WriteLine(output, '+', after, j, patch.ByteOrderMark);
                }

                i = end;
            }

            first = last + 1;
        }
    }

    private static string Range(int from, int to)
    {
        var start = (from + 1).ToString(CultureInfo.InvariantCulture);
        var count = to - from + 1;
        return count == 1 ? start : $"{start},{count.ToString(CultureInfo.InvariantCulture)}";
    }

    private static void WriteLine(TextWriter output, char marker, TextLines lines, int index, string byteOrderMark)
    {
        var line = lines.WithTerminator(index);
        output.Write(marker);
        output.Write(index == 0 ? byteOrderMark : "");
        output.Write(line);
        if (line.Length == 0 || line[^1] is not ('\n' or '\r'))
        {
            output.Write("\n\\ No newline at end of file\n");
        }
    }
}
