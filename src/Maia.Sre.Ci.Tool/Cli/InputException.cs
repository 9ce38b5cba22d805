namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>A path or other input given on the command line is unusable; exit code 2.</summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException()
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
