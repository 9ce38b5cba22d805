using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Phantoms;
using Maia.Sre.Ci.Rules.Preflight;
using Maia.Sre.Ci.Rules.Services;

namespace Maia.Sre.Ci.Rules;

/// <summary>Every rule the engine knows, in id order.</summary>
public static class RuleCatalog
{
    /// <summary>All descriptors.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> All =
        new[]
        {
            ConfigurationErrorRule.Descriptor,
            PhantomReferenceRule.Descriptor,
            ReferenceEscapesRootRule.Descriptor,
            ExternalReferenceRule.Descriptor,
            RetiredReferenceRule.Descriptor,
            UnreadableSourceRule.Descriptor,
            MissingAnchorRule.Descriptor,
            LinkOutsideRootRule.Descriptor,
            GitWorkTreeRule.Descriptor,
            GitIdentityRule.Descriptor,
            GitCleanTreeRule.Descriptor,
            GitOperationInProgressRule.Descriptor,
            GitDetachedHeadRule.Descriptor,
            GitShallowCloneRule.Descriptor,
            RequiredPathRule.Descriptor,
            RequiredPathExecutableRule.Descriptor,
            RequiredCommandRule.Descriptor,
            CommandVersionRule.Descriptor,
            WritePermissionRule.Descriptor,
            DiskSpaceRule.Descriptor,
            CriticalSourcePhantomRule.Descriptor,
            ServiceDefinitionInvalidRule.Descriptor,
            ServiceProgramMissingRule.Descriptor,
            ServicePathMissingRule.Descriptor,
            ServiceScheduleInvalidRule.Descriptor,
            ServiceLabelMismatchRule.Descriptor,
            ServiceUnhealthyRule.Descriptor,
        }.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The descriptors of one rule set.</summary>
    public static IReadOnlyList<RuleDescriptor> InSet(string ruleSet) => All.Where(d => d.RuleSet == ruleSet).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor with this id.</summary>
    public static RuleDescriptor Get(string id) => ById[id];

    /// <summary>Whether findings of rule <paramref name="id"/> describe the clone or the machine (<see cref="RuleDescriptor.Environmental"/>).</summary>
    public static bool IsEnvironmental(string id) => ById.TryGetValue(id, out var rule) && rule.Environmental;
}
