using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2005: HEAD is detached (not on a branch).</summary>
public static class GitDetachedHeadRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitDetachedHead,
        "git-detached-head",
        RuleSets.Preflight,
        Severity.Note,
        "HEAD is detached (not on a branch).",
        "CI checkouts of pull requests and tags are usually detached, which is fine for building; a job that commits on a detached HEAD loses its commits.",
        "Check out a branch before committing, or set 'preflight.git.detachedHead' to 'off'.",
        "Check out a branch before committing, or set `preflight.git.detachedHead` to `off`.",
        ["git"],
        "very-high",
        Environmental: true);
}
