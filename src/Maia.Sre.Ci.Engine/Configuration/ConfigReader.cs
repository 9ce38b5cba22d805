using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Configuration;

/// <summary>
/// Typed, position-aware reads from a <see cref="JObject"/>; every mistake becomes a <see cref="ConfigException"/>.
/// Binders read each key through <see cref="Attempt{T}"/>, which keeps a mistake and goes on, so one run reports every
/// mistake of a file (<see cref="ThrowIfAny"/>), as linters do, not only the first.
/// </summary>
public sealed class ConfigReader
{
    private readonly string file;
    private readonly List<ConfigException> errors = [];

    /// <summary>Creates a reader for values from <paramref name="file"/>.</summary>
    public ConfigReader(string file) => this.file = file;

    /// <summary>The configuration file name used in messages.</summary>
    public string File => file;

    /// <summary>Throws for any key not in <paramref name="known"/>, with a did-you-mean.</summary>
    public void RejectUnknownKeys(JObject obj, string where, params string[] known)
    {
        foreach (var prop in obj.Properties)
        {
            if (Array.IndexOf(known, prop.Key) >= 0 || prop.Key == "$schema")
            {
                continue;
            }

            var guess = EditDistance.Closest(prop.Key, known);
            var hint = guess is null ? $"; known keys: {string.Join(", ", known)}" : $"; did you mean '{guess}'?";
            errors.Add(Error(prop.Line, prop.Column, $"unknown key '{prop.Key}' in {where}{hint}"));
        }
    }

    /// <summary>Returns <paramref name="bind"/>'s value, or keeps its mistake and returns <paramref name="unchanged"/>.</summary>
    public T Attempt<T>(Func<T> bind, T unchanged)
    {
        try
        {
            return bind();
        }
        catch (ConfigException ex)
        {
            errors.AddRange(ex.Errors);
            return unchanged;
        }
    }

    /// <summary>Throws the mistakes kept so far, in file order: one as itself, several as one exception listing them all.</summary>
    public void ThrowIfAny()
    {
        if (errors.Count == 0)
        {
            return;
        }

        var sorted = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        throw sorted.Count == 1 ? sorted[0] : new ConfigException(sorted);
    }

    /// <summary>Requires <paramref name="node"/> to be an object.</summary>
    public JObject ReadObject(JNode node, string name) =>
        node as JObject ?? throw WrongType(node, name, "an object");

    /// <summary>Reads a string.</summary>
    public string ReadString(JNode node, string name) =>
        node is JString s ? s.Value : throw WrongType(node, name, "a string");

    /// <summary>Reads a boolean.</summary>
    public bool ReadBool(JNode node, string name) =>
        node is JBool b ? b.Value : throw WrongType(node, name, "true or false");

    /// <summary>Reads a number within a range.</summary>
    public double ReadNumber(JNode node, string name, double min, double max)
    {
        if (node is not JNumber n)
        {
            throw WrongType(node, name, "a number");
        }

        if (n.Value < min || n.Value > max || double.IsNaN(n.Value))
        {
            throw Error(node.Line, node.Column, $"'{name}' must be between {min} and {max}, not {n.Value}");
        }

        return n.Value;
    }

    /// <summary>Reads a whole number within a range.</summary>
    public int ReadInteger(JNode node, string name, int min, int max)
    {
        var value = ReadNumber(node, name, min, max);
        if (value != Math.Floor(value))
        {
            throw Error(node.Line, node.Column, $"'{name}' must be a whole number, not {value}");
        }

        return (int)value;
    }

    /// <summary>Reads an array of strings, each checked by <paramref name="validate"/> (which returns an error or null).</summary>
    public IReadOnlyList<string> ReadStrings(JNode node, string name, Func<string, string?>? validate = null)
    {
        if (node is not JArray array)
        {
            throw WrongType(node, name, "an array of strings");
        }

        var list = new List<string>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is not JString s)
            {
                throw WrongType(item, name + "[]", "a string");
            }

            var problem = validate?.Invoke(s.Value);
            if (problem is not null)
            {
                throw Error(item.Line, item.Column, $"'{name}': {problem}");
            }

            list.Add(s.Value);
        }

        return list;
    }

    /// <summary>Reads one of a fixed set of words.</summary>
    public string ReadOneOf(JNode node, string name, params string[] allowed)
    {
        var value = ReadString(node, name);
        if (Array.IndexOf(allowed, value) < 0)
        {
            var guess = EditDistance.Closest(value, allowed);
            var hint = guess is null ? "" : $"; did you mean '{guess}'?";
            throw Error(node.Line, node.Column, $"'{name}' must be one of {string.Join(", ", allowed)}, not '{value}'{hint}");
        }

        return value;
    }

    /// <summary>Creates a positioned error.</summary>
    public ConfigException Error(int line, int column, string reason) => new(file, line, column, reason);

    private ConfigException WrongType(JNode node, string name, string expected) =>
        Error(node.Line, node.Column, $"'{name}' must be {expected}, not {node.TypeName}");
}
