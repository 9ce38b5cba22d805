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
}
