namespace Maia.Sre.Ci.Workspace;

/// <summary>The change to check could not be worked out (unknown reference, shallow clone, git failure): an input error.</summary>
public sealed class ChangeSetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChangeSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ChangeSetException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ChangeSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
