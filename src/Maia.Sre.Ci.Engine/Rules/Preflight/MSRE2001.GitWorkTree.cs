using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2001: The repository root is not inside a git work tree, or git cannot answer.</summary>
public static class GitWorkTreeRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.GitWorkTree,
        "git-work-tree",
        RuleSets.Preflight,
        Severity.Critical,
        "The repository root is not inside a git work tree, or git cannot answer.",
        "Preflight needs git to see the repository's state: a root outside a git work tree (a tarball, a copied folder), a missing git or a git that does not answer in time blocks the run. Set 'preflight.git.requireWorkTree' to false for jobs that run on exported sources.",
        "Run in a git clone, install git, or set 'preflight.git.requireWorkTree' to false.",
        "Run in a git clone, install git, or set `preflight.git.requireWorkTree` to false.",
        ["reliability", "git"],
        "very-high",
        Environmental: true);
}
