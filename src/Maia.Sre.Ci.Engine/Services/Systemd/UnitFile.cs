namespace Maia.Sre.Ci.Services.Systemd;

/// <summary>One <c>Key=Value</c> line of a systemd unit file.</summary>
/// <param name="Section">The section it is in, e.g. <c>Service</c>.</param>
/// <param name="Key">The key, e.g. <c>ExecStart</c>.</param>
/// <param name="Value">The value, continuation lines joined.</param>
/// <param name="Line">1-based line of the key.</param>
/// <param name="Column">1-based column of the value's first character.</param>
public sealed record UnitEntry(string Section, string Key, string Value, int Line, int Column);

/// <summary>A parsed systemd unit file (<c>.service</c>, <c>.timer</c>, <c>.path</c>).</summary>
/// <param name="Entries">Every entry in file order.</param>
public sealed record UnitFile(IReadOnlyList<UnitEntry> Entries)
{
    /// <summary>Every entry of <paramref name="key"/> in <paramref name="section"/>, in order (an empty value resets a list in systemd).</summary>
    public IReadOnlyList<UnitEntry> All(string section, string key)
    {
        var list = new List<UnitEntry>();
        foreach (var e in Entries.Where(e => e.Section == section && e.Key == key))
        {
            if (e.Value.Length == 0)
            {
                list.Clear();
                continue;
            }

            list.Add(e);
        }

        return list;
    }

    /// <summary>The last entry of <paramref name="key"/> in <paramref name="section"/>, or null.</summary>
    public UnitEntry? Last(string section, string key)
    {
        var all = All(section, key);
        return all.Count > 0 ? all[^1] : null;
    }

    /// <summary>The last value of <paramref name="key"/> in <paramref name="section"/>, or null.</summary>
    public string? Value(string section, string key) => Last(section, key)?.Value;
}
