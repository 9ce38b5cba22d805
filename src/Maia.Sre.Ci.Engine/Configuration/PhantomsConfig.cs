namespace Maia.Sre.Ci.Configuration;

/// <summary>The <c>"phantoms"</c> section of <c>.maia-sre.json</c>. Every list replaces its default when given.</summary>
public sealed record PhantomsConfig
{
    /// <summary>Globs of files scanned for references.</summary>
    public IReadOnlyList<string> Sources { get; init; } = PhantomDefaults.Sources;

    /// <summary>Globs removed from the sources (the files are still in the inventory: a reference to one exists).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = PhantomDefaults.Exclude;

    /// <summary>Globs of files that count as existing.</summary>
    public IReadOnlyList<string> Inventory { get; init; } = PhantomDefaults.Inventory;

    /// <summary>Extra folders (repository-relative) that references may be relative to.</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = [];

    /// <summary>Prefixes that stand for the repository root in docs (a <c>*</c> matches one folder name).</summary>
    public IReadOnlyList<string> RootAliases { get; init; } = PhantomDefaults.RootAliases;

    /// <summary>File extensions (with the dot) that make a token a tool reference.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = PhantomDefaults.Extensions;

    /// <summary>What makes a phantom critical.</summary>
    public CriticalConfig Critical { get; init; } = new();

    /// <summary>A tool referenced from at least this many distinct sources is a single point of failure.</summary>
    public int SpofThreshold { get; init; } = 5;

    /// <summary>References (wildcards allowed) that are never reported.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Reference patterns that are examples, not real files.</summary>
    public IReadOnlyList<string> Placeholders { get; init; } = PhantomDefaults.Placeholders;

    /// <summary>How much git history may be read to say where a missing file went.</summary>
    public HistoryConfig History { get; init; } = new();

    /// <summary>Documentation sites to resolve links of, beyond those found from their configuration files.</summary>
    public IReadOnlyList<SiteConfig> Sites { get; init; } = [];
}

/// <summary>The <c>"phantoms.critical"</c> section.</summary>
public sealed record CriticalConfig
{
    /// <summary>Globs of sources whose phantoms are critical, in addition to CI workflows, hooks, Makefiles and scripts.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Words that make a phantom critical when they occur in the source path or the reference.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// The preflight gate's critical sources when the configuration names them (<c>preflight.criticalSources</c>; none when
    /// preflight is off or keeps its built-in list, whose run phantoms are critical by their role anyway): a phantom
    /// there is critical too, so the phantom rules and the gate see one problem as one critical finding.
    /// </summary>
    public IReadOnlyList<string> GateSources { get; init; } = [];
}
