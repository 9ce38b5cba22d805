namespace Maia.Sre.Ci.Configuration;

/// <summary>A JSON value with the 1-based line and column where it starts, so configuration errors can point at it.</summary>
public abstract record JNode(int Line, int Column)
{
    /// <summary>The JSON type name used in error messages.</summary>
    public abstract string TypeName { get; }
}

/// <summary>A JSON object; properties keep their order and key positions.</summary>
public sealed record JObject(int Line, int Column, IReadOnlyList<JProperty> Properties) : JNode(Line, Column)
{
    /// <inheritdoc/>
    public override string TypeName => "an object";
}

/// <summary>One property of a <see cref="JObject"/>.</summary>
public sealed record JProperty(string Key, int Line, int Column, JNode Value);

/// <summary>A JSON array.</summary>
public sealed record JArray(int Line, int Column, IReadOnlyList<JNode> Items) : JNode(Line, Column)
{
    /// <inheritdoc/>
    public override string TypeName => "an array";
}

/// <summary>A JSON string.</summary>
public sealed record JString(int Line, int Column, string Value) : JNode(Line, Column)
{
    /// <inheritdoc/>
    public override string TypeName => "a string";
}

/// <summary>A JSON number.</summary>
public sealed record JNumber(int Line, int Column, double Value) : JNode(Line, Column)
{
    /// <inheritdoc/>
    public override string TypeName => "a number";
}

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
public sealed record JBool(int Line, int Column, bool Value) : JNode(Line, Column)
{
    /// <inheritdoc/>
    public override string TypeName => "a boolean";
}

/// <summary>A JSON <c>null</c>.</summary>
public sealed record JNull(int Line, int Column) : JNode(Line, Column)
{
    /// <inheritdoc/>
    public override string TypeName => "null";
}
