using System.Diagnostics;

namespace Maia.Sre.Ci.Diagnostics;

/// <summary>
/// Wall time per engine phase, written to standard error when the environment variable <c>MAIA_SRE_TIMINGS</c> is
/// <c>1</c> (the way ESLint's <c>TIMING</c> works): for finding where a slow run spends its time, without a profiler.
/// Off by default; when off, <see cref="Mark"/> costs one static read.
/// </summary>
public static class PhaseTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("MAIA_SRE_TIMINGS") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly DateTime ProcessStart = Enabled ? Process.GetCurrentProcess().StartTime : default;
    private static long last;

    /// <summary>Reports the time since the previous mark (the first: since timings began) as <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = Clock.ElapsedTicks;
        var since = Interlocked.Exchange(ref last, now);
        var startup = (DateTime.Now - ProcessStart).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0);
        Console.Error.WriteLine(
            $"maia-sre timing: {phase,-28} {(now - since) * 1000.0 / Stopwatch.Frequency,8:F1} ms   (process {startup,7:F1} ms, " +
            $"allocated {allocated,7:F1} MiB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms)");
    }
}
