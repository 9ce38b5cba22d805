namespace Maia.Sre.Ci.Text;

/// <summary>Levenshtein distance and did-you-mean helpers.</summary>
public static class EditDistance
{
    /// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early (returning <paramref name="limit"/> + 1) once it exceeds <paramref name="limit"/>.</summary>
    public static int Compute(string a, string b, int limit = int.MaxValue) => Compute(a.AsSpan(), b.AsSpan(), limit);

    private static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? limit : limit + 1;
        }

        // Three rows: transpositions ("deplyo" → "deploy") count as one edit. Names are short: rows live on the stack.
        var width = b.Length + 1;
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>The closest identifier (option, key, command) within a third of the word's length (1 to 3 edits), or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates) => Closest(word, candidates, Math.Clamp(word.Length / 3, 1, 3));

    /// <summary>The closest candidate within <paramref name="limit"/> edits, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates, int limit)
    {
        string? best = null;
        var bestDistance = limit + 1;
        var lowerWord = word.ToLowerInvariant();
        Span<char> lower = stackalloc char[256];
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue; // Compute would say limit + 1 without lowering it
            }

            // Letter case is ignored; a candidate is lowered into a stack buffer (no string per candidate).
            var lowered = candidate.Length <= lower.Length ? lower[..candidate.Length] : new char[candidate.Length];
            candidate.AsSpan().ToLowerInvariant(lowered);
            var distance = Compute(lowerWord, lowered, limit);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }
}
