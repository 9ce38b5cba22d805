namespace Maia.Sre.Ci.Configuration;

/// <summary>A configuration problem at a position in a file; hosts report it and exit with code 2.</summary>
public sealed class ConfigException : Exception
{
    private readonly IReadOnlyList<ConfigException>? errors;

    /// <summary>Creates the exception.</summary>
    public ConfigException(string file, int line, int column, string reason)
        : base($"{file}({line},{column}): error {RuleIds.ConfigurationError}: {reason}")
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates an exception without a position (e.g. an unreadable file).</summary>
    public ConfigException(string file, string reason)
        : base($"{file}: error {RuleIds.ConfigurationError}: {reason}")
    {
        File = file;
        Reason = reason;
    }

    /// <summary>Every error of one file, in file order, one canonical line each; the first gives the position fields.</summary>
    public ConfigException(IReadOnlyList<ConfigException> errors)
        : base(string.Join("\n", errors.Select(e => e.Message)))
    {
        var first = errors[0];
        (File, Line, Column, Reason) = (first.File, first.Line, first.Column, first.Reason);
        this.errors = errors;
    }

    /// <summary>Parameterless constructor required by the exception pattern.</summary>
    public ConfigException()
        : this("", "configuration error")
    {
    }

    /// <summary>Standard constructor required by the exception pattern.</summary>
    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
        Reason = message;
    }

    /// <summary>Standard constructor required by the exception pattern.</summary>
    public ConfigException(string message)
        : this("", message)
    {
    }

    /// <summary>The configuration file as the user named it.</summary>
    public string File { get; } = "";

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without position.</summary>
    public string Reason { get; } = "";

    /// <summary>Every error this exception reports: several when one file has several mistakes, else itself.</summary>
    public IReadOnlyList<ConfigException> Errors => errors ?? [this];
}
