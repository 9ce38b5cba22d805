using Maia.Sre.Ci.Rules.Phantoms;
using Maia.Sre.Ci.Rules.Preflight;
using Maia.Sre.Ci.Rules.Services;

namespace Maia.Sre.Ci.Rules;

/// <summary>Rule set names and the registry of every rule set, in the order they run.</summary>
public static class RuleSets
{
    /// <summary>Phantom dependencies.</summary>
    public const string Phantoms = "phantoms";

    /// <summary>The reliability gate checked before a job runs.</summary>
    public const string Preflight = "preflight";

    /// <summary>Service definitions (launchd, systemd) and live service health.</summary>
    public const string Services = "services";

    /// <summary>Every rule set. Add new ones here (one line each).</summary>
    public static readonly IReadOnlyList<IRuleSet> All =
    [
        new PhantomRuleSet(),
        new PreflightRuleSet(),
        new ServiceRuleSet(),
    ];

    /// <summary>The names of every rule set.</summary>
    public static IReadOnlyList<string> Names => All.Select(r => r.Name).ToList();
}
