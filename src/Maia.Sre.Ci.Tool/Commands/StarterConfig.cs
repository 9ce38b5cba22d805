namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>The file <c>maia-sre init</c> writes: every key with its default and a comment.</summary>
public static class StarterConfig
{
    public const string Text = """
{
  // Maia.Sre.Ci configuration. JSON with comments; every list replaces its built-in default.
  // Reference: https://github.com/maia-sre/Maia.Sre.Ci#configuration
  "$schema": "https://raw.githubusercontent.com/maia-sre/Maia.Sre.Ci/main/schema/maia-sre.schema.json",
  "phantoms": {
    // Files scanned for references (globs, relative to the repository root).
    // The default covers Markdown (README, docs, CLAUDE.md, AGENTS.md, .claude/, .cursor/rules/), CI workflows,
    // hook configuration, Makefiles and scripts. Uncomment to narrow or extend it:
    // "sources": ["**/*.md", ".github/workflows/*.yml", "**/*.sh"],

    // Files that are never scanned (vendored, generated, history).
    "exclude": ["**/node_modules/**", "**/bin/**", "**/obj/**", "**/vendor/**", "**/third_party/**", "**/package-lock.json"],

    // Extra folders references may be relative to, e.g. a tools folder that docs name without its prefix.
    "searchPaths": [],

    // Prefixes that stand for the repository root in docs and scripts ('*' matches one folder name).
    // "rootAliases": ["${REPO_ROOT}/", "~/git/myrepo/", "/Users/*/git/myrepo/"],

    // What makes a phantom critical (it breaks something when run). CI workflows, hook configuration, Makefiles
    // and scripts are always critical; AI agents run what their command files say, so those are added here.
    "critical": {
      "sources": [".claude/commands/**", ".claude/agents/**", ".github/prompts/**"],
      "keywords": []
    },

    // A tool referenced from at least this many distinct sources is a single point of failure.
    "spofThreshold": 5,

    // References that are never reported (wildcards '*' and '?').
    "ignore": [],

    // Git history read (once, only when a phantom needs it) to say where a missing file went; 0 commits turns it off.
    "history": { "maxCommits": 5000, "maxSeconds": 2 }
  },

  // The reliability gate. 'maia-sre preflight' (before a job that changes the repository) makes every check;
  // 'check' (the lint stage: CI, the Action, MSBuild, pre-commit) makes only those configured here.
  "preflight": {
    // Git state and free space describe the clone and the machine, not the repository: set a key to make 'check'
    // run that check too, e.g.
    // "git": { "identity": "warning", "shallow": "warning" },
    // "minFreeDiskGb": 1,
    // Paths that must exist (and be executable), commands that must be on PATH (with a minimum version).
    "requiredPaths": [],
    "requiredCommands": [],
    // Files and folders the job writes; checked without writing anything.
    "writablePaths": []
  }

  // Service definitions (launchd property lists, systemd units) are found by default; tune them here:
  // "services": { "continuousSlo": 99.9, "scheduledSlo": 95 }
}

""";
}
