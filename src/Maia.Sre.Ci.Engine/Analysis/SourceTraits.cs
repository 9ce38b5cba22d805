namespace Maia.Sre.Ci.Analysis;

/// <summary>What a source file is, read from its path: it decides how severe a phantom in it is.</summary>
[Flags]
public enum SourceTraits
{
    /// <summary>Documentation or anything else.</summary>
    None = 0,

    /// <summary>Run by a machine: a CI workflow, hook configuration, build file, <c>package.json</c> or script.</summary>
    Executed = 1,

    /// <summary>Followed by AI coding agents: <c>CLAUDE.md</c>, <c>AGENTS.md</c>, <c>.claude/</c>, <c>.cursor/rules/</c>, skills.</summary>
    AgentInstructions = 2,

    /// <summary>Test code or test data: what it names are fixtures it usually makes itself.</summary>
    TestCode = 4,

    /// <summary>
    /// A document of its time: a changelog or release notes, a dated report, a plan, proposal or blog post. It names
    /// files of the past, or files still to be written.
    /// </summary>
    History = 8,

    /// <summary>A template: its paths are filled in or created when the template is used.</summary>
    Template = 16,

    /// <summary>A script file (shell, PowerShell, batch): it may be started from any folder, unlike a workflow step.</summary>
    Script = 32,

    /// <summary>
    /// A build or hook file that runs in its own folder on the repository's own files: a Makefile, justfile, Taskfile,
    /// <c>package.json</c>, pre-commit configuration or git hook.
    /// </summary>
    BuildFile = 64,

    /// <summary>
    /// A tutorial: its commands and files build the reader's own project step by step (<c>test/test.bats</c> in a
    /// testing framework's tutorial), while its links still name this repository's pages.
    /// </summary>
    Tutorial = 128,
}

/// <summary>Classifies sources by path (repository-relative, <c>/</c>-separated).</summary>
public static class SourceTraitsOf
{
    private static readonly string[] AgentFiles =
    [
        "CLAUDE.md", "CLAUDE.local.md", "AGENTS.md", "AGENT.md", "GEMINI.md", "SKILL.md", ".cursorrules", ".windsurfrules",
        ".clinerules", "copilot-instructions.md",
    ];

    private static readonly string[] AgentFolders =
    [
        ".claude/", ".cursor/rules/", ".clinerules/", ".windsurf/rules/", ".github/instructions/", ".github/prompts/",
        ".github/chatmodes/", ".github/agents/", ".agents/", ".codex/", ".gemini/", ".roo/", ".kiro/steering/",
    ];

    private static readonly string[] ExecutedNames =
    [
        "Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "Taskfile.yml", "package.json",
        ".pre-commit-config.yaml", ".pre-commit-hooks.yaml", ".gitlab-ci.yml", "azure-pipelines.yml",
        "bitbucket-pipelines.yml", "action.yml", "action.yaml", "Dockerfile",
    ];

    private static readonly string[] BuildFiles =
    [
        "Makefile", "makefile", "GNUmakefile", "justfile", "Justfile", "Taskfile.yml", "package.json",
        ".pre-commit-config.yaml", ".pre-commit-hooks.yaml",
    ];

    private static readonly string[] ScriptExtensions = [".sh", ".bash", ".zsh", ".ps1", ".psm1", ".cmd", ".bat", ".mk"];

    private static readonly string[] TestFolders =
    [
        "test", "tests", "tst", "__tests__", "spec", "specs", "testdata", "test-data", "test_data", "fixtures", "__fixtures__",
        "fixture", "e2e", "testing", "snapshots", "__snapshots__", "testassets", "test-assets",
    ];

    private static readonly string[] HistoryNames = ["changelog", "changes", "history", "news", "releases", "release-notes", "release_notes", "releasenotes", "releasehistory", "release-history"];

    /// <summary>Folders of documents written at a point in time: they name the files of their time, or files to come.</summary>
    private static readonly string[] DatedFolders =
    [
        "archive", "archived", "research", "reports", "rfc", "rfcs", "proposals", "plans", "planning", "newsletters", "blog",
        "_posts", "posts", "decisions", "adr", "adrs", "retrospectives", "postmortems", "meeting-notes", "changelogs",
    ];

    /// <summary>Words in a document's name that make it a plan, a proposal or a report on their own.</summary>
    private static readonly string[] DatedWords =
    [
        "plan", "plans", "proposal", "proposals", "roadmap", "rfc", "research", "retrospective", "postmortem", "announcement",
    ];

    /// <summary>
    /// Words that make a document one of its time only beside other words (<c>SECURITY_REPORT.md</c>,
    /// <c>PHASE_2_COMPLETE.md</c>, <c>migration-status.md</c>): a page named just <c>report.md</c> or <c>status.md</c> is as
    /// often a living page.
    /// </summary>
    private static readonly string[] DatedCompoundWords = ["report", "reports", "analysis", "findings", "complete", "status", "summary"];

    /// <summary>The traits of <paramref name="path"/>.</summary>
    public static SourceTraits Of(string path)
    {
        var traits = SourceTraits.None;
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (IsExecuted(path, name))
        {
            traits |= SourceTraits.Executed;
            if (Array.IndexOf(BuildFiles, name) >= 0 || name.EndsWith(".mk", StringComparison.Ordinal)
                || path.StartsWith(".husky/", StringComparison.Ordinal) || path.StartsWith(".githooks/", StringComparison.Ordinal))
            {
                traits |= SourceTraits.BuildFile;
            }

            foreach (var ext in ScriptExtensions)
            {
                if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase) && ext != ".mk")
                {
                    traits |= SourceTraits.Script;
                }
            }
        }

        if (Array.IndexOf(AgentFiles, name) >= 0 || StartsWithAny(path, AgentFolders) || path.Contains("/.claude/", StringComparison.Ordinal))
        {
            traits |= SourceTraits.AgentInstructions;
        }

        if (IsTestCode(path, name))
        {
            traits |= SourceTraits.TestCode;
        }

        if (HasFolder(path, "tutorial") || HasFolder(path, "tutorials") || HasFolder(path, "step-by-step") || HasFolder(path, "walkthrough")
            || HasWord(name, "tutorial") || HasWord(name, "tutorials"))
        {
            traits |= SourceTraits.Tutorial;
        }

        if (IsHistory(path, name))
        {
            traits |= SourceTraits.History;
        }

        // A pull-request template is not a scaffold: its links name this repository's files, as any document's do.
        var pullRequestTemplate = name.StartsWith("pull_request_template", StringComparison.OrdinalIgnoreCase)
            || HasFolder(path, "PULL_REQUEST_TEMPLATE");
        if (!pullRequestTemplate
            && (name.Contains("template", StringComparison.OrdinalIgnoreCase) || HasFolder(path, "templates") || HasFolder(path, "template")
                || HasFolder(path, "ISSUE_TEMPLATE")))
        {
            traits |= SourceTraits.Template;
        }

        return traits;
    }

    private static bool IsExecuted(string path, string name)
    {
        if (path.StartsWith(".github/workflows/", StringComparison.Ordinal) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            return true;
        }

        if (path.StartsWith(".circleci/", StringComparison.Ordinal) || path.StartsWith(".husky/", StringComparison.Ordinal) || path.StartsWith(".githooks/", StringComparison.Ordinal))
        {
            return true;
        }

        if (Array.IndexOf(ExecutedNames, name) >= 0)
        {
            return true;
        }

        foreach (var ext in ScriptExtensions)
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for test code and test data by folder (<c>test/</c>, <c>fixtures/</c>) or name (<c>x.Tests.ps1</c>, <c>x_test.sh</c>, <c>x.bats</c>).</summary>
    public static bool IsTestCode(string path, string name)
    {
        foreach (var folder in TestFolders)
        {
            if (HasFolder(path, folder))
            {
                return true;
            }
        }

        var lower = name.ToLowerInvariant();
        return lower.EndsWith(".bats", StringComparison.Ordinal) || lower.Contains(".tests.", StringComparison.Ordinal)
            || lower.Contains(".test.", StringComparison.Ordinal) || lower.Contains("_test.", StringComparison.Ordinal)
            || lower.Contains(".spec.", StringComparison.Ordinal) || lower.StartsWith("test_", StringComparison.Ordinal)
            || lower.StartsWith("test-", StringComparison.Ordinal);
    }

    private static bool IsHistory(string path, string name)
    {
        foreach (var folder in DatedFolders)
        {
            if (HasFolder(path, folder))
            {
                return true;
            }
        }

        if (HasDatedWord(name))
        {
            return true;
        }

        if (HasDate(name))
        {
            return true;
        }

        var stem = name.Contains('.', StringComparison.Ordinal) ? name[..name.IndexOf('.', StringComparison.Ordinal)] : name;
        foreach (var history in HistoryNames)
        {
            if (stem.Equals(history, StringComparison.OrdinalIgnoreCase) || HasFolder(path, history))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a word of the name's stem (split at punctuation and at a lower-to-upper case change) is a dated word, or a
    /// dated compound word beside another word. Whole words only: <c>explanation.md</c> is not a plan.
    /// </summary>
    private static bool HasDatedWord(string name)
    {
        var dot = name.IndexOf('.', 1);
        var stem = dot > 0 ? name.AsSpan(0, dot) : name.AsSpan();
        var words = 0;
        var compound = false;
        var start = -1;
        for (var i = 0; i <= stem.Length; i++)
        {
            var boundary = i == stem.Length || !char.IsLetterOrDigit(stem[i])
                || (i > 0 && char.IsUpper(stem[i]) && char.IsLower(stem[i - 1]));
            if (boundary && start >= 0)
            {
                var word = stem[start..i];
                words++;
                foreach (var dated in DatedWords)
                {
                    if (word.Equals(dated, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                foreach (var dated in DatedCompoundWords)
                {
                    compound |= word.Equals(dated, StringComparison.OrdinalIgnoreCase);
                }

                start = -1;
            }

            if (i < stem.Length && char.IsLetterOrDigit(stem[i]) && start < 0)
            {
                start = i;
            }
        }

        return compound && words > 1;
    }

    /// <summary>True when a word of the name's stem (see <see cref="HasDatedWord"/>) is <paramref name="word"/>.</summary>
    private static bool HasWord(string name, string word)
    {
        var dot = name.IndexOf('.', 1);
        var stem = dot > 0 ? name.AsSpan(0, dot) : name.AsSpan();
        var at = stem.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(stem[at - 1])) && (end == stem.Length || !char.IsLower(stem[end])))
            {
                return true;
            }

            var next = stem[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>True for a name holding a date (<c>2025-10-14</c>, <c>2024_01</c>): a document of its day.</summary>
    private static bool HasDate(string name)
    {
        for (var i = 0; i + 7 <= name.Length; i++)
        {
            if ((name[i] == '1' || name[i] == '2') && name[i + 1] is '0' or '9' && char.IsAsciiDigit(name[i + 2]) && char.IsAsciiDigit(name[i + 3])
                && name[i + 4] is '-' or '_' && char.IsAsciiDigit(name[i + 5]) && char.IsAsciiDigit(name[i + 6]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a folder of <paramref name="path"/> is named <paramref name="folder"/> (any letter case).</summary>
    private static bool HasFolder(string path, string folder)
    {
        var at = 0;
        while (at < path.Length)
        {
            var slash = path.IndexOf('/', at);
            if (slash < 0)
            {
                return false;
            }

            if (path.AsSpan(at, slash - at).Equals(folder, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            at = slash + 1;
        }

        return false;
    }

    private static bool StartsWithAny(string path, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
