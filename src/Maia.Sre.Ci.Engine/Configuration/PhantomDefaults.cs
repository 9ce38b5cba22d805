namespace Maia.Sre.Ci.Configuration;

/// <summary>Defaults that serve an ordinary repository, including the instruction files AI coding agents follow.</summary>
public static class PhantomDefaults
{
    /// <summary>Docs, agent instructions, CI workflows, hooks, build files and scripts.</summary>
    public static readonly IReadOnlyList<string> Sources =
    [
        "**/*.md", "**/*.markdown", "**/*.mdx", "**/*.mdc", "**/*.rst",
        ".cursorrules", ".cursor/rules/**", ".windsurfrules", ".clinerules",
        ".github/workflows/*.yml", ".github/workflows/*.yaml",
        "**/action.yml", "**/action.yaml",
        ".pre-commit-config.yaml", ".pre-commit-hooks.yaml",
        ".gitlab-ci.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", ".circleci/config.yml",
        "**/Makefile", "**/makefile", "**/GNUmakefile", "**/*.mk", "**/justfile", "**/Justfile", "**/Taskfile.yml",
        "**/*.sh", "**/*.bash", "**/*.zsh", "**/*.ps1", "**/*.psm1",
        "**/package.json",
    ];

    /// <summary>Files that are built, vendored or third-party, never ours to fix.</summary>
    public static readonly IReadOnlyList<string> Exclude =
    [
        "**/node_modules/**", "**/bin/**", "**/obj/**", "**/vendor/**", "**/third_party/**",
        "**/package-lock.json",
    ];

    /// <summary>Every file in the workspace counts as existing.</summary>
    public static readonly IReadOnlyList<string> Inventory = ["**/*"];

    /// <summary>Variables CI systems and docs use for the checkout folder.</summary>
    public static readonly IReadOnlyList<string> RootAliases =
    [
        "${REPO_ROOT}/", "$REPO_ROOT/", "${GITHUB_WORKSPACE}/", "$GITHUB_WORKSPACE/", "${{ github.workspace }}/",
        "${CI_PROJECT_DIR}/", "$CI_PROJECT_DIR/", "$(Build.SourcesDirectory)/", "${BUILD_SOURCESDIRECTORY}/",
        "$(git rev-parse --show-toplevel)/",
    ];

    /// <summary>Extensions of runnable scripts.</summary>
    public static readonly IReadOnlyList<string> Extensions =
    [
        ".py", ".sh", ".bash", ".zsh", ".ps1", ".psm1", ".js", ".mjs", ".cjs", ".ts", ".rb", ".pl", ".php", ".lua",
        ".csx", ".cmd", ".bat",
    ];

    /// <summary>Names used in examples and templates.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
    [
        "tool_name.*", "tool-name.*", "script_name.*", "script-name.*", "your_*", "your-*", "my_script.*", "my-script.*",
        "example.*", "example_*", "foo.*", "bar.*", "baz.*", "blah*", "foo_*", "foo-*", "xxx*", "*xxx.*", "path/to/*", "*/path/to/*", "some_*", "*<*>*", "*{*}*",
        "*...*", "name.*", "file.*", "script.*", "<*", "*.example.*", "link", "url", "href", "path", "*_url", "*_link",
    ];
}
