namespace Maia.Sre.Ci.Configuration;

/// <summary>
/// The <c>"phantoms.history"</c> section: how much git history the run may read to say where a missing file went
/// (renamed, deleted). One bounded <c>git log</c> pass per run, only when a phantom needs it.
/// </summary>
public sealed record HistoryConfig
{
    /// <summary>The default <see cref="MaxCommits"/>.</summary>
    public const int DefaultMaxCommits = 5000;

    /// <summary>The default <see cref="MaxSeconds"/>.</summary>
    public const double DefaultMaxSeconds = 2;

    /// <summary>Read at most this many commits, newest first; 0 turns history off.</summary>
    public int MaxCommits { get; init; } = DefaultMaxCommits;

    /// <summary>Stop reading after this many seconds and use the commits read so far.</summary>
    public double MaxSeconds { get; init; } = DefaultMaxSeconds;

    /// <summary>False when <see cref="MaxCommits"/> is 0.</summary>
    public bool Enabled => MaxCommits > 0;
}
