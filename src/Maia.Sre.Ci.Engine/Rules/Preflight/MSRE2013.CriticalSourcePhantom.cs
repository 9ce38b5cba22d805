using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules.Preflight;

/// <summary>
/// MSRE2013: A critical source (workflow, command file, hook, Makefile) references a phantom. The gate's check; its
/// findings are the phantom rule's own MSRE1001 findings, so each problem is counted once.
/// </summary>
public static class CriticalSourcePhantomRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.CriticalSourcePhantom,
        "critical-source-phantom",
        RuleSets.Preflight,
        Severity.Critical,
        "A critical source (workflow, command file, hook, Makefile) references a phantom.",
        "A phantom in 'preflight.criticalSources' (by default CI workflows, actions, '.claude/commands', the pre-commit configuration and Makefiles) breaks the automation that runs it, so it is critical and fails the gate. The gate reads the phantom rule's findings there: each problem is one MSRE1001 finding, never a second one under this rule. 'maia-sre preflight' scans the critical sources itself; 'check' reads the phantom rules' findings.",
        "Fix the reference (see the phantom-reference suggestion) or restore the file.",
        "Fix the reference (see the phantom-reference suggestion) or restore the file.",
        ["reliability", "phantom-dependency"],
        "very-high",
        Docs: new()
        {
            Why = """
                A phantom in a workflow, a hook, a Makefile or an agent command file breaks the automation that runs it, so the gate fails on it. It is one problem, so it is one finding: the gate reads the critical MSRE1001 findings in the critical sources and never adds a second one under this id. `maia-sre preflight --verbose` shows the gate's check per critical source.
                """,
            Example = new()
            {
                Files =
                [
                    new(".github/workflows/ci.yml", "yaml", """
                        name: ci
                        on: push
                        jobs:
                          test:
                            runs-on: ubuntu-24.04
                            steps:
                              - run: bash scripts/test.sh
                        """),
                ],
                Existing = ["scripts/lint.sh"],
                Command = "maia-sre preflight --verbose",
                Output =
                [
                    ".github/workflows/ci.yml(7,19): error MSRE1001: 'scripts/test.sh': no such file in the repository (critical: it is run from a CI workflow)",
                    "...",
                    "  failed   MSRE2013 .github/workflows/ci.yml: 'scripts/test.sh': no such file in the repository (critical: it is run from a CI workflow)",
                    "...",
                    "maia-sre: 1 phantom (1 critical); 8 preflight checks; FAIL",
                ],
                Fix = """
                    Fix the reference as for any phantom (see [MSRE1001](MSRE1001.md)): restore `scripts/test.sh` or point the step at the script's new path.
                    """,
            },
            FixSafety = """
                The finding is an MSRE1001 finding, with its fixes: see [MSRE1001's fix safety](MSRE1001.md#fix-safety).
                """,
            Suppress = """
                Suppress or fix the MSRE1001 finding (see [MSRE1001](MSRE1001.md#how-to-suppress)); the gate reads it. To change what counts as critical, set `preflight.criticalSources`.
                """,
            Settings =
            [
                new("preflight.criticalSources", "the sources whose phantoms are critical and fail the gate (default: workflows, actions, `.gitlab-ci.yml`, `.claude/commands/**`, `.pre-commit-config.yaml`, Makefiles)"),
                new("preflight.enabled", "`false` turns every preflight check off"),
            ],
        });
}
