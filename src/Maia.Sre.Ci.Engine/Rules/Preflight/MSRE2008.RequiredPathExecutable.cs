using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>MSRE2008: A required path is not executable.</summary>
public static class RequiredPathExecutableRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.RequiredPathExecutable,
        "required-path-executable",
        RuleSets.Preflight,
        Severity.Critical,
        "A required path is not executable.",
        "A path marked 'executable' must have an execute bit, or start with a shebang naming a known interpreter (sh, bash, python3, node, pwsh and similar). Preflight reads the file; it never runs it.",
        "Run 'git update-index --chmod=+x PATH' (and chmod +x), or add a shebang such as '#!/usr/bin/env bash'.",
        "Run `git update-index --chmod=+x PATH` (and chmod +x), or add a shebang such as `#!/usr/bin/env bash`.",
        ["reliability"],
        "very-high");
}
