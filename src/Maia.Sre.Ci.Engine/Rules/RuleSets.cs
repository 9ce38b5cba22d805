namespace Maia.Sre.Ci.Rules;

/// <summary>Rule set names.</summary>
public static class RuleSets
{
    /// <summary>Phantom dependencies.</summary>
    public const string Phantoms = "phantoms";
}
