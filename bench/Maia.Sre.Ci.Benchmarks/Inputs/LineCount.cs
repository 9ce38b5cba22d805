using System.Text;

namespace Maia.Sre.Ci.Benchmarks.Inputs;

/// <summary>Counts the lines of text being generated.</summary>
internal static class LineCount
{
    public static int Of(StringBuilder sb)
    {
        var count = 0;
        foreach (var chunk in sb.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }

        return count;
    }
}
