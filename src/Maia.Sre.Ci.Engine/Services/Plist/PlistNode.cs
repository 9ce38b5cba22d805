namespace Maia.Sre.Ci.Services.Plist;

/// <summary>A property-list value with the 1-based line and column it came from (0 for binary property lists).</summary>
public abstract record PlistNode(int Line, int Column);

/// <summary>A <c>&lt;string&gt;</c>.</summary>
public sealed record PlistString(string Value, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>An <c>&lt;integer&gt;</c>.</summary>
public sealed record PlistInteger(long Value, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>A <c>&lt;real&gt;</c>.</summary>
public sealed record PlistReal(double Value, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>A <c>&lt;true/&gt;</c> or <c>&lt;false/&gt;</c>.</summary>
public sealed record PlistBool(bool Value, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>A <c>&lt;date&gt;</c>.</summary>
public sealed record PlistDate(DateTimeOffset Value, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>A <c>&lt;data&gt;</c> block (its length only: service definitions never need the bytes).</summary>
public sealed record PlistData(int Length, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>An <c>&lt;array&gt;</c>.</summary>
public sealed record PlistArray(IReadOnlyList<PlistNode> Items, int Line = 0, int Column = 0) : PlistNode(Line, Column);

/// <summary>A <c>&lt;dict&gt;</c>, keys in file order.</summary>
public sealed record PlistDict(IReadOnlyList<KeyValuePair<string, PlistNode>> Entries, int Line = 0, int Column = 0) : PlistNode(Line, Column)
{
    /// <summary>The value of <paramref name="key"/> (the last one when repeated), or null.</summary>
    public PlistNode? Get(string key) => Entries.LastOrDefault(e => e.Key == key).Value;

    /// <summary>The string value of <paramref name="key"/>, or null when absent or not a string.</summary>
    public string? GetString(string key) => (Get(key) as PlistString)?.Value;
}
