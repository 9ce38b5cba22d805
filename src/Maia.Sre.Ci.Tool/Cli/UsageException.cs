namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>The command line is wrong; reported with usage help and exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
