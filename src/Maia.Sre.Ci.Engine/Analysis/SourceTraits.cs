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

    /// <summary>A changelog, release notes or history: it names files of the past.</summary>
    History = 8,

    /// <summary>A template: its paths are filled in or created when the template is used.</summary>
    Template = 16,

    /// <summary>A script file (shell, PowerShell, batch): it may be started from any folder, unlike a workflow step.</summary>
    Script = 32,
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

    private static readonly string[] ScriptExtensions = [".sh", ".bash", ".zsh", ".ps1", ".psm1", ".cmd", ".bat", ".mk"];

    private static readonly string[] TestFolders =
    [
        "test", "tests", "tst", "__tests__", "spec", "specs", "testdata", "test-data", "test_data", "fixtures", "__fixtures__",
        "fixture", "e2e", "testing", "snapshots", "__snapshots__", "testassets", "test-assets",
    ];

    private static readonly string[] HistoryNames = ["changelog", "changes", "history", "news", "releases", "release-notes", "release_notes", "releasenotes", "releasehistory", "release-history"];

    /// <summary>The traits of <paramref name="path"/>.</summary>
    public static SourceTraits Of(string path)
    {
        var traits = SourceTraits.None;
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (IsExecuted(path, name))
        {
            traits |= SourceTraits.Executed;
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

        if (IsHistory(path, name))
        {
            traits |= SourceTraits.History;
        }

        if (name.Contains("template", StringComparison.OrdinalIgnoreCase) || HasFolder(path, "templates") || HasFolder(path, "template")
            || HasFolder(path, "ISSUE_TEMPLATE"))
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
