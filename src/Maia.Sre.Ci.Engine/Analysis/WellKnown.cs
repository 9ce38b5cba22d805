namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Files that tools look for at conventional places (<c>.github/copilot-instructions.md</c>, <c>.claude/settings.json</c>,
/// <c>.env</c>): docs name them to say where such a file goes, in any project, whether this repository has one or not.
/// </summary>
public static class WellKnown
{
    private static readonly string[] Paths =
    [
        "CLAUDE.md", "CLAUDE.local.md", "AGENTS.md", "GEMINI.md", ".cursorrules", ".windsurfrules", ".clinerules",
        ".github/copilot-instructions.md", ".claude/settings.json", ".claude/settings.local.json", ".mcp.json",
        ".claude-plugin/plugin.json", ".claude-plugin/marketplace.json", ".vscode/settings.json", ".vscode/launch.json",
        ".vscode/tasks.json", ".vscode/extensions.json", ".env", ".env.local", ".env.example", ".npmrc", ".nvmrc",
        ".editorconfig", ".gitattributes", ".pre-commit-config.yaml", ".github/dependabot.yml", ".github/CODEOWNERS",
        "CODEOWNERS", "tsconfig.json", "jsconfig.json", "pyproject.toml", "setup.py", "setup.cfg", "requirements.txt",
        "Cargo.toml", "go.mod", "package.json", "Gemfile", "Dockerfile", "docker-compose.yml", "compose.yaml",
        ".gitignore", ".dockerignore", "global.json", "nuget.config", "Directory.Build.props", "Directory.Packages.props",
    ];

    /// <summary>True when <paramref name="path"/> (as written, <c>./</c> removed) is one of the conventional files.</summary>
    public static bool IsConventional(string path)
    {
        var text = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        return Array.IndexOf(Paths, text) >= 0;
    }
}
