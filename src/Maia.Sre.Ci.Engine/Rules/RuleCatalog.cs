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

    /// <summary>The descriptor with this id.</summary>
    public static RuleDescriptor Get(string id) => All.First(d => d.Id == id);
}
