using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>
/// MSRE1001: a referenced script, tool or file does not exist. <see cref="Judge"/> is the rule's check: given a
/// reference that resolved to nothing, what the line does with it (<see cref="ReferenceRole"/>), what the source is
/// (<see cref="SourceTraits"/>) and what the repository says about the path, it decides whether the missing file is
/// a phantom and how severe it is. Only a file that is run, from a file a machine or an AI agent executes, and whose
/// path is certainly this repository's, is critical; whatever is uncertain is a note, never a failure.
/// </summary>
public static class PhantomReferenceRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.PhantomReference,
        "phantom-reference",
        RuleSets.Phantoms,
        Severity.Warning,
        "A referenced script, tool or file does not exist in the repository.",
        "Documentation, agent instructions, CI workflows and scripts name a script or file that was renamed, moved or " +
        "never written. Anyone (or any AI agent) following the instruction fails. A missing file that is run from a " +
        "CI workflow, hook, Makefile, package script, script or AI-agent instruction file is critical; a missing link " +
        "target or mentioned file is a warning; a mention that may be an example, a build output or another " +
        "project's file is a note.",
        "Fix the path (see the suggestion), restore the missing file, or mark the mention as intentional with " +
        "'<!-- maia-sre-disable-line phantom-reference -->' or '# maia-sre: ignore'.",
        "Fix the path (see the *did you mean* suggestion), restore the missing file, or, when the mention is " +
        "intentional, silence it inline with `<!-- maia-sre-disable-line phantom-reference -->` (Markdown) or " +
        "`# maia-sre: ignore` (YAML, shell), or add it to `phantoms.ignore` in `.maia-sre.json`.",
        ["reliability", "maintainability", "documentation", "phantom-dependency"],
        "high",
        Docs: new()
        {
            Why = """
                People follow READMEs and runbooks, CI runs workflows and Makefiles, and AI coding agents execute what `CLAUDE.md`, `AGENTS.md` and `.claude/commands/` tell them. When a script is renamed or moved and the instructions are not, every one of them fails, usually far from the change that broke it and often at a bad moment (a release, an incident, an agent's unattended run). The finding puts the failure next to the change instead.
                """,
            Example = new()
            {
                Files =
                [
                    new(".github/workflows/ci.yml", "yaml", """
                        name: ci
                        on: push
                        jobs:
                          lint:
                            runs-on: ubuntu-24.04
                            steps:
                              - uses: actions/checkout@v4
                              - run: bash scripts/lint.sh
                        """),
                    new("README.md", "markdown", """
                        # App

                        Run `scripts/lint.sh` before you push.
                        """),
                ],
                Existing = ["scripts/ci/lint.sh"],
                Output =
                [
                    ".github/workflows/ci.yml(8,19): error MSRE1001: 'scripts/lint.sh': no such file in the repository; did you mean 'scripts/ci/lint.sh'? (critical: it is run from a CI workflow)",
                    "README.md(3,6): warning MSRE1001: 'scripts/lint.sh': no such file in the repository; did you mean 'scripts/ci/lint.sh'?",
                    "maia-sre: 2 phantoms (1 critical) in 3 files; health 40.0/100; 2 fixable with --fix --unsafe-fixes; FAIL",
                ],
                Fix = """
                    The workflow runs the missing script, so its finding is critical and fails the run; the README only mentions it, so its finding is a warning. `scripts/ci/lint.sh` is the one file of that name, so both have an unsafe fix: `maia-sre check --diff --unsafe-fixes` shows it and `maia-sre check --fix --unsafe-fixes` rewrites both lines to `scripts/ci/lint.sh`. Had git recorded the move (`git mv`), the message would name the commit and the fix would be safe, applied by `--fix` alone.
                    """,
            },
            FixSafety = """
                Only findings at warning and above get a fix, and never an ambiguous one. `--fix` applies the safe fixes, `--fix --unsafe-fixes` the unsafe ones too, and `--diff` prints what `--fix` would change without changing anything.

                | fix | when |
                | --- | --- |
                | safe | git recorded the rename (in history, or in the change `--changed-since` checks) and the new path exists; or the path differs from exactly one existing path only in letter case |
                | unsafe | the one file with that name elsewhere, or the one file with the same words in another order (`check_env.py` for `env_check.py`); a bare name whose only match elsewhere differs in case |
                | none | a guess by edit distance, a name several files share, a deleted file |

                Edits change only the reference's characters and keep the way it was written (relative stays relative), line endings, encoding and file mode; see [Fixing what it finds](../fixing.md).
                """,
            Suppress = """
                On the line, or around a block:

                - Markdown: `<!-- maia-sre-disable-line phantom-reference -->` at the end of the line, `<!-- maia-sre-disable-next-line phantom-reference -->` above it, or `<!-- maia-sre-disable phantom-reference -->` … `<!-- maia-sre-enable -->` around a block.
                - YAML, shell, PowerShell, Makefiles and other files: `# maia-sre: ignore[phantom-reference]` at the end of the line, or `# maia-sre: ignore-next-line[phantom-reference]` above it.

                Rules are named by id or name; a directive without one silences every rule. A whole file, and how suppressed findings are reported: [Suppressing findings](../suppressions.md).

                A reference that is never a file anywhere (a placeholder, a generated path): add it to `phantoms.ignore` or `phantoms.placeholders`. A file or folder that should not be read at all: `phantoms.exclude`. To accept today's findings and fail only on new ones, record them with `maia-sre baseline write FILE` and run with `--baseline FILE` (see [Baselines](../baselines.md)).
                """,
            Settings =
            [
                new("phantoms.sources", "the files whose references are checked"),
                new("phantoms.exclude", "files never read"),
                new("phantoms.inventory", "the files that count as existing"),
                new("phantoms.searchPaths", "more folders a reference may be relative to"),
                new("phantoms.rootAliases", "prefixes that stand for the repository root (`$REPO_ROOT/`, `/Users/*/git/app/`)"),
                new("phantoms.extensions", "the extensions that make a word in prose or code a reference to a tool"),
                new("phantoms.ignore", "references never reported"),
                new("phantoms.placeholders", "references that are examples, not files"),
                new("phantoms.critical.sources", "more sources whose phantoms are critical"),
                new("phantoms.critical.keywords", "words that make a phantom critical"),
                new("preflight.criticalSources", "sources whose phantoms are critical and fail the preflight gate"),
                new("phantoms.history.maxCommits", "how many commits the history pass reads for the messages and safe fixes (`0` turns it off)"),
                new("phantoms.history.maxSeconds", "how long the history pass may take"),
            ],
        });

    /// <summary>Decides what a missing file is (see the class summary).</summary>
    public static PhantomVerdict Judge(in MissingFile missing)
    {
        var reference = missing.Reference;
        if (reference.Role == ReferenceRole.Produce)
        {
            return PhantomVerdict.None; // written by the line, or earlier by the same script: it need not exist yet
        }

        if ((RetiredContext.Find(missing.Line) ?? reference.Retired) is { } retired)
        {
            return PhantomVerdict.Retired(retired);
        }

        var note = Doubt(missing);
        if (note is not null)
        {
            return PhantomVerdict.Note(note);
        }

        var runs = reference.Role == ReferenceRole.Run && (missing.Traits & (SourceTraits.Executed | SourceTraits.AgentInstructions)) != 0
            && (missing.RunsInKnownFolder || !missing.Traits.HasFlag(SourceTraits.Script));
        var reason = runs ? missing.RunReason : null;
        reason ??= reference.Role == ReferenceRole.Data ? null : missing.ConfiguredReason;
        return reason is null ? PhantomVerdict.Warning : PhantomVerdict.Critical(reason);
    }

    /// <summary>Why the missing file may well not be a phantom (reported as a note), or null when it surely is one.</summary>
    private static string? Doubt(in MissingFile missing)
    {
        var reference = missing.Reference;
        if (missing.OutputReason is { } output)
        {
            return output;
        }

        if (reference.Doubt is { } doubt)
        {
            return doubt;
        }

        if (reference.Role == ReferenceRole.Example)
        {
            return "it is an example";
        }

        if (reference.Kind != ReferenceKind.Link && ExampleContext.Find(missing.Line) is { } example)
        {
            return $"the line gives it as an example ('{example}')";
        }

        if (missing.PackageRoot is { } package && reference.Kind != ReferenceKind.Link)
        {
            return $"it is in '{package}/', a plugin or skill installed into other projects, and names no file of that folder: it may be a file of the project it is installed in";
        }

        var traits = missing.Traits;
        if (missing.Anchoring == Anchoring.ForeignRunFolder)
        {
            return $"it is used in '{reference.Folder?.TrimStart('/')}', a folder the repository does not have (one a job or script makes or checks out)";
        }

        if (SourceDoubt.Of(traits) is { } kind)
        {
            return kind;
        }

        if (traits.HasFlag(SourceTraits.Tutorial) && reference.Kind != ReferenceKind.Link && !traits.HasFlag(SourceTraits.AgentInstructions))
        {
            return "it is in a tutorial, whose commands and files build the reader's own project";
        }

        if (reference.Kind == ReferenceKind.Link && GitHubWebLink.IsBranchRoute(reference.Text))
        {
            return "it is a GitHub address of a branch's files (tree/HEAD/…), written for a page GitHub shows elsewhere";
        }

        if (reference.Kind == ReferenceKind.Link && !missing.OnSite)
        {
            // A link names a file of this repository, as GitHub resolves it; one with neither folder nor extension
            // ("[text](link)", "[t](시간)") is more often a placeholder or a word in link syntax.
            var target = reference.Text.AsSpan().TrimStart("./");
            return target.IndexOfAny('/', '.') < 0 ? "a link target with neither a folder nor an extension: it may be a placeholder or a word" : null;
        }

        // "See the ACME.sh wiki" in a message, beside the script acme.sh: a name written in prose, not a path.
        if (missing.CaseVariant is not null && reference.Role is ReferenceRole.Mention or ReferenceRole.Data && !reference.Text.Contains('/'))
        {
            return "it is written without a folder, in prose: it may be a name rather than a path";
        }

        if (reference.Role != ReferenceRole.Run && WellKnown.IsConventional(reference.Text))
        {
            return "it is a conventional file name (where such a file goes), and this repository has none";
        }

        // A build file (Makefile, package script, hook) runs in its own folder on the repository's files, and an agent
        // told by this repository's instructions to run a script runs it here: what they name must be here, whatever
        // its folders (a plugin's or skill's instructions were ruled out above).
        if (reference.Role == ReferenceRole.Run
            && (traits.HasFlag(SourceTraits.BuildFile) || (traits.HasFlag(SourceTraits.AgentInstructions) && reference.Invoked)))
        {
            return null;
        }

        return missing.Anchoring switch
        {
            Anchoring.Anchored => null,

            // "./build.sh" in a workflow step: the step's folder is known and a script is a file of the repository;
            // "./sign" or "./nbgv" is more often a tool an earlier step downloaded or installed there.
            Anchoring.WorkingFolder when reference.Role == ReferenceRole.Run && traits.HasFlag(SourceTraits.Executed) && reference.Kind == ReferenceKind.Tool => null,
            Anchoring.WorkingFolder when reference.Role == ReferenceRole.Run && traits.HasFlag(SourceTraits.Executed) =>
                "no file of that name exists here or anywhere in the repository: it may be a program an earlier step downloads or installs",
            Anchoring.NameNowhere or Anchoring.WorkingFolder => "no file of that name exists anywhere in the repository: it may name a command, a package or another project's file",
            Anchoring.Unanchored when missing.InOwnCheckout => null,
            _ => $"its folders do not exist in the repository or hold no such files: it may describe another project",
        };
    }
}

/// <summary>What the phantom rule needs to know about one reference that resolved to nothing.</summary>
/// <param name="Reference">The reference, with its role and the extractor's doubts.</param>
/// <param name="Line">The source line it is on.</param>
/// <param name="Traits">What the source is.</param>
/// <param name="Anchoring">How firmly the path is tied to this repository (<see cref="Resolution.Resolution.Anchoring"/>).</param>
/// <param name="OutputReason">Why the path is a build or run-time output, or null.</param>
/// <param name="RunReason">Why running a missing file from this source breaks something (a CI workflow, a script, agent instructions), or null.</param>
/// <param name="ConfiguredReason">Why the configuration makes it critical (<c>phantoms.critical</c> sources or keywords), or null.</param>
/// <param name="RunsInKnownFolder">See <see cref="MissingFile.RunsInKnownFolder"/>.</param>
/// <param name="CaseVariant">See <see cref="MissingFile.CaseVariant"/>.</param>
/// <param name="OnSite">See <see cref="MissingFile.OnSite"/>.</param>
/// <param name="InOwnCheckout">See <see cref="MissingFile.InOwnCheckout"/>.</param>
/// <param name="PackageRoot">
/// The plugin or skill folder the source belongs to when the missing path is not tied to that folder (nothing of the
/// path exists inside it), or null: such a package is installed into other projects and names their files.
/// </param>
public readonly ref struct MissingFile(
    RawReference Reference,
    ReadOnlySpan<char> Line,
    SourceTraits Traits,
    Anchoring Anchoring,
    string? OutputReason,
    string? RunReason,
    string? ConfiguredReason,
    string? PackageRoot = null,
    bool RunsInKnownFolder = false,
    string? CaseVariant = null,
    bool OnSite = false,
    bool InOwnCheckout = false)
{
    /// <summary>
    /// True when a CI file that brings no other file tree (<see cref="Analysis.OtherTrees"/>) runs the path: its folders
    /// are this repository's, even when the repository lacks them.
    /// </summary>
    public bool InOwnCheckout { get; } = InOwnCheckout;

    /// <summary>True when a documentation site served the link (<c>./fetch</c> is a page there, not a word).</summary>
    public bool OnSite { get; } = OnSite;

    /// <summary>The existing path that differs from the missing one only in letter case, or null.</summary>
    public string? CaseVariant { get; } = CaseVariant;

    /// <summary>
    /// True when the command runs in a folder known for certain (<see cref="Resolution.Resolution.KnownFolder"/>): a
    /// script that moved to its own folder or the root, or names paths from its own folder.
    /// </summary>
    public bool RunsInKnownFolder { get; } = RunsInKnownFolder;

    /// <summary>The package folder the path is foreign to, or null.</summary>
    public string? PackageRoot { get; } = PackageRoot;

    /// <summary>The reference.</summary>
    public RawReference Reference { get; } = Reference;

    /// <summary>The source line.</summary>
    public ReadOnlySpan<char> Line { get; } = Line;

    /// <summary>What the source is.</summary>
    public SourceTraits Traits { get; } = Traits;

    /// <summary>How firmly the path is tied to this repository.</summary>
    public Anchoring Anchoring { get; } = Anchoring;

    /// <summary>Why the path is an output, or null.</summary>
    public string? OutputReason { get; } = OutputReason;

    /// <summary>Why running it from this source is critical, or null.</summary>
    public string? RunReason { get; } = RunReason;

    /// <summary>Why the configuration makes it critical, or null.</summary>
    public string? ConfiguredReason { get; } = ConfiguredReason;
}

/// <summary>The phantom rule's decision about a missing file.</summary>
/// <param name="Kind">Not a phantom, retired or planned (MSRE1004), or a phantom (MSRE1001).</param>
/// <param name="Severity">The phantom's severity.</param>
/// <param name="Reason">Why: the critical reason, the doubt behind a note, or the retiring word.</param>
public readonly record struct PhantomVerdict(VerdictKind Kind, Severity Severity, string? Reason)
{
    /// <summary>Not a phantom: nothing to report.</summary>
    public static PhantomVerdict None => new(VerdictKind.None, Severity.Note, null);

    /// <summary>A phantom that breaks whoever follows the line.</summary>
    public static PhantomVerdict Warning => new(VerdictKind.Phantom, Severity.Warning, null);

    /// <summary>A phantom that breaks what runs it.</summary>
    public static PhantomVerdict Critical(string reason) => new(VerdictKind.Phantom, Severity.Critical, reason);

    /// <summary>A missing file that may well be intended.</summary>
    public static PhantomVerdict Note(string doubt) => new(VerdictKind.Phantom, Severity.Note, doubt);

    /// <summary>A missing file the line calls gone or planned.</summary>
    public static PhantomVerdict Retired(string word) => new(VerdictKind.Retired, Severity.Note, word);
}

/// <summary>What kind of verdict.</summary>
public enum VerdictKind
{
    /// <summary>Nothing to report.</summary>
    None,

    /// <summary>MSRE1004: the line says the file is gone or planned.</summary>
    Retired,

    /// <summary>MSRE1001.</summary>
    Phantom,
}
