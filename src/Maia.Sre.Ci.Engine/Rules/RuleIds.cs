namespace Maia.Sre.Ci;

/// <summary>Every rule code in one place. Codes are stable and never reused.</summary>
public static class RuleIds
{
    /// <summary>The configuration file is invalid.</summary>
    public const string ConfigurationError = "MSRE0001";

    /// <summary>A referenced script, tool or file does not exist.</summary>
    public const string PhantomReference = "MSRE1001";

    /// <summary>A reference climbs out of the repository root.</summary>
    public const string ReferenceEscapesRoot = "MSRE1002";

    /// <summary>A reference points outside the repository (absolute path or unknown variable).</summary>
    public const string ExternalReference = "MSRE1003";

    /// <summary>A missing file is mentioned as removed, renamed or planned.</summary>
    public const string RetiredReference = "MSRE1004";

    /// <summary>A source file could not be read as text.</summary>
    public const string UnreadableSource = "MSRE1005";

    /// <summary>A link's <c>#fragment</c> names no heading, anchor or line of its target.</summary>
    public const string MissingAnchor = "MSRE1006";

    /// <summary>A symbolic link points outside the repository root and was not followed.</summary>
    public const string LinkOutsideRoot = "MSRE1007";

    /// <summary>The root is not inside a git work tree, or git cannot answer.</summary>
    public const string GitWorkTree = "MSRE2001";

    /// <summary>git user.name or user.email is not configured.</summary>
    public const string GitIdentity = "MSRE2002";

    /// <summary>The working tree has changes.</summary>
    public const string GitCleanTree = "MSRE2003";

    /// <summary>A merge, rebase, cherry-pick, revert, am or bisect is in progress.</summary>
    public const string GitOperationInProgress = "MSRE2004";

    /// <summary>HEAD is detached.</summary>
    public const string GitDetachedHead = "MSRE2005";

    /// <summary>The clone is shallow.</summary>
    public const string GitShallowClone = "MSRE2006";

    /// <summary>A required repository path does not exist.</summary>
    public const string RequiredPath = "MSRE2007";

    /// <summary>A required path is not executable.</summary>
    public const string RequiredPathExecutable = "MSRE2008";

    /// <summary>A required command is not on PATH.</summary>
    public const string RequiredCommand = "MSRE2009";

    /// <summary>A required command is too old, or its version cannot be read.</summary>
    public const string CommandVersion = "MSRE2010";

    /// <summary>A path the job writes is not writable, or is missing.</summary>
    public const string WritePermission = "MSRE2011";

    /// <summary>The root's volume has too little free space.</summary>
    public const string DiskSpace = "MSRE2012";

    /// <summary>A critical source references a phantom.</summary>
    public const string CriticalSourcePhantom = "MSRE2013";

    /// <summary>A service definition cannot be read.</summary>
    public const string ServiceDefinitionInvalid = "MSRE3001";

    /// <summary>The program or script a service runs does not exist.</summary>
    public const string ServiceProgramMissing = "MSRE3002";

    /// <summary>A service's working directory or log folder does not exist.</summary>
    public const string ServicePathMissing = "MSRE3003";

    /// <summary>A service's schedule can never fire or contradicts itself.</summary>
    public const string ServiceScheduleInvalid = "MSRE3004";

    /// <summary>A launchd Label and its file name disagree.</summary>
    public const string ServiceLabelMismatch = "MSRE3005";

    /// <summary>A service is unhealthy on this host (live mode).</summary>
    public const string ServiceUnhealthy = "MSRE3006";
}
