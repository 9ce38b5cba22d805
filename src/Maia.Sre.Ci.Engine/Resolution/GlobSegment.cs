namespace Maia.Sre.Ci.Resolution;

/// <summary>One segment of a pattern: a literal name, a wildcard name or <c>**</c>.</summary>
internal sealed class GlobSegment
{
    private readonly string? literal;
    private readonly string begins = "";
    private readonly string[] contains = [];
    private readonly string ends = "";

    private GlobSegment(string? literal, bool recursive)
    {
        this.literal = literal;
        IsRecursive = recursive;
    }

    private GlobSegment(string begins, string[] contains, string ends)
    {
        this.begins = begins;
        this.contains = contains;
        this.ends = ends;
    }

    public static GlobSegment Recursive { get; } = new(null, recursive: true);

    public bool IsRecursive { get; }

    public static GlobSegment Literal(string value) => new(value, recursive: false);

    public static GlobSegment Wildcard(string begins, string[] contains, string ends) => new(begins, contains, ends);

    /// <summary>The package's <c>LiteralPathSegment.Match</c> / <c>WildcardPathSegment.Match</c>, ordinal.</summary>
    public bool Match(ReadOnlySpan<char> value)
    {
        if (literal is not null)
        {
            return value.SequenceEqual(literal);
        }

        if (value.Length < begins.Length + ends.Length || !value.StartsWith(begins, StringComparison.Ordinal) || !value.EndsWith(ends, StringComparison.Ordinal))
        {
            return false;
        }

        var from = begins.Length;
        var to = value.Length - ends.Length;
        foreach (var part in contains)
        {
            var at = value[from..to].IndexOf(part, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            from += at + part.Length;
        }

        return true;
    }
}
