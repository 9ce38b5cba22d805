using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Configuration;

/// <summary>The <c>"preflight"</c> section of <c>.maia-sre.json</c>: the reliability gate checked before a job runs.</summary>
public sealed record PreflightConfig
{
    /// <summary>The built-in critical sources: where a phantom breaks an automated run.</summary>
    public static readonly IReadOnlyList<string> DefaultCriticalSources =
    [
        ".github/workflows/**", "**/action.yml", "**/action.yaml", ".gitlab-ci.yml", ".claude/commands/**",
        ".pre-commit-config.yaml", "**/Makefile",
    ];

    /// <summary>False turns the whole rule set off.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Git state checks.</summary>
    public GitPreflightConfig Git { get; init; } = new();

    /// <summary>Repository paths that must exist (and optionally be executable).</summary>
    public IReadOnlyList<RequiredPath> RequiredPaths { get; init; } = [];

    /// <summary>Commands that must be on <c>PATH</c>, optionally at a minimum version.</summary>
    public IReadOnlyList<RequiredCommand> RequiredCommands { get; init; } = [];

    /// <summary>Files and folders (relative to the root, or absolute) that must be writable.</summary>
    public IReadOnlyList<string> WritablePaths { get; init; } = [];

    /// <summary>Minimum free space on the root's volume, in GB (10^9 bytes); 0 turns the check off.</summary>
    public double MinFreeDiskGb { get; init; } = 1;

    /// <summary>Globs of sources whose phantoms fail the gate.</summary>
    public IReadOnlyList<string> CriticalSources { get; init; } = DefaultCriticalSources;

    /// <summary>How long one git command or <c>--version</c> probe may run.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The keys the configuration file sets, as written under <c>preflight</c> (<c>minFreeDiskGb</c>,
    /// <c>git.identity</c>, …). The lint stage runs the machine and git checks only when their key is set here; the
    /// <c>preflight</c> command runs them all (see <see cref="RunContext"/>).
    /// </summary>
    public IReadOnlySet<string> Configured { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>The <c>"preflight.git"</c> section. A null severity turns that check off.</summary>
public sealed record GitPreflightConfig
{
    /// <summary>Whether the root must be inside a git work tree (a critical failure when it is not).</summary>
    public bool RequireWorkTree { get; init; } = true;

    /// <summary>Severity when <c>user.name</c> or <c>user.email</c> is missing (many CI runners have none).</summary>
    public Severity? Identity { get; init; } = Severity.Warning;

    /// <summary>Severity when the working tree has changes.</summary>
    public Severity? Clean { get; init; } = Severity.Warning;

    /// <summary>Severity when a merge, rebase, cherry-pick, revert, am or bisect is in progress.</summary>
    public Severity? OperationInProgress { get; init; } = Severity.Critical;

    /// <summary>Severity when HEAD is detached.</summary>
    public Severity? DetachedHead { get; init; } = Severity.Note;

    /// <summary>Severity when the clone is shallow.</summary>
    public Severity? Shallow { get; init; } = Severity.Warning;
}

/// <summary>A repository path that must exist.</summary>
/// <param name="Path">Path relative to the root, with <c>/</c> separators.</param>
/// <param name="Executable">Whether it must also be executable (execute bit, or a shebang naming a known interpreter).</param>
public sealed record RequiredPath(string Path, bool Executable = false);

/// <summary>A command that must be on <c>PATH</c>.</summary>
/// <param name="Name">Command name, without folders.</param>
/// <param name="MinVersion">Minimum version (e.g. <c>8.0</c>), or null for any.</param>
/// <param name="VersionArgs">Arguments that make it print its version.</param>
public sealed record RequiredCommand(string Name, string? MinVersion = null, IReadOnlyList<string>? VersionArgs = null)
{
    /// <summary>The version arguments, <c>--version</c> by default.</summary>
    public IReadOnlyList<string> EffectiveVersionArgs => VersionArgs ?? ["--version"];
}
