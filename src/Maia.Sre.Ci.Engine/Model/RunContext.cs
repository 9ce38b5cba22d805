namespace Maia.Sre.Ci.Model;

/// <summary>
/// Where a run happens, which decides the preflight checks it makes (docs/preflight.md, "Which checks run where"). The git-state
/// and machine checks describe the clone and the machine, not the repository's content: they belong to jobs that are
/// about to change the repository, not to a lint stage that runs on every push, build and commit.
/// </summary>
public enum RunContext
{
    /// <summary>
    /// The lint stage (<c>check</c>, the GitHub Action, the MSBuild task): the phantom and service rules, plus the
    /// preflight checks the configuration asks for (required paths and commands, write access, and the disk-space and
    /// git checks whose keys it sets). The default.
    /// </summary>
    LintStage,

    /// <summary>
    /// The pre-commit hook: as <see cref="LintStage"/>, but never the clean-tree or operation-in-progress checks, which
    /// a commit in progress trips by its nature (committing is how a merge, rebase or cherry-pick ends).
    /// </summary>
    PreCommitHook,

    /// <summary>The <c>preflight</c> command: every preflight check, configured or not, before a job that changes the repository.</summary>
    Preflight,
}
