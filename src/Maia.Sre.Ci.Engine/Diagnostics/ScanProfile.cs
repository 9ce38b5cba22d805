using System.Collections.Concurrent;
using System.Diagnostics;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Diagnostics;

/// <summary>
/// Where the scan of the sources spends its time, per extractor: reading, extracting and resolving, with the bytes
/// allocated by each stage, summed over all worker threads. On with <see cref="PhaseTimings"/>
/// (<c>MAIA_SRE_TIMINGS=1</c>) and written after the scan phase; when off, each probe costs one static read.
/// </summary>
internal static class ScanProfile
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("MAIA_SRE_TIMINGS") == "1";
    private static readonly ConcurrentDictionary<string, Totals> ByExtractor = new(StringComparer.Ordinal);

    /// <summary>The stages of one source's scan, in order.</summary>
    public enum Stage
    {
        /// <summary>Reading and decoding the file, splitting its lines.</summary>
        Read,

        /// <summary>The extractor finding the references.</summary>
        Extract,

        /// <summary>Resolving the references, building findings, checking anchors.</summary>
        Resolve,
    }

    /// <summary>A point in time and in this thread's allocations (zeros when profiling is off).</summary>
    public readonly record struct Mark(long Ticks, long Allocated);

    /// <summary>Now, for the first stage of a source.</summary>
    public static Mark Start() => Enabled ? new Mark(Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread()) : default;

    /// <summary>Adds the time and allocations since <paramref name="since"/> to <paramref name="stage"/> of <paramref name="extractor"/>; returns now.</summary>
    public static Mark Lap(Mark since, IReferenceExtractor extractor, Stage stage, int chars = 0)
    {
        if (!Enabled)
        {
            return default;
        }

        var now = Start();
        var totals = ByExtractor.GetOrAdd(Name(extractor), _ => new Totals());
        Interlocked.Add(ref totals.Ticks[(int)stage], now.Ticks - since.Ticks);
        Interlocked.Add(ref totals.Allocated[(int)stage], now.Allocated - since.Allocated);
        if (stage == Stage.Read)
        {
            Interlocked.Increment(ref totals.Files);
            Interlocked.Add(ref totals.Chars, chars);
        }

        return now;
    }

    /// <summary>Writes the table to standard error (when profiling is on) and starts over.</summary>
    public static void Report()
    {
        if (!Enabled)
        {
            return;
        }

        var error = Console.Error;
        error.WriteLine("maia-sre scan profile (thread time summed over workers; KiB allocated per MiB of input):");
        error.WriteLine($"  {"extractor",-26} {"files",7} {"MiB",7} {"read ms",8} {"extract ms",10} {"resolve ms",10} {"extract MiB/s",13} {"alloc read",10} {"extract",8} {"resolve",8}");
        foreach (var (name, t) in ByExtractor.OrderByDescending(p => p.Value.Ticks.Sum()))
        {
            var mib = t.Chars / (1024.0 * 1024.0);
            var ms = t.Ticks.Select(x => x * 1000.0 / Stopwatch.Frequency).ToArray();
            var perMib = t.Allocated.Select(a => mib > 0 ? a / 1024.0 / mib : 0).ToArray();
            var speed = ms[1] > 0 ? mib / (ms[1] / 1000) : 0;
            error.WriteLine($"  {name,-26} {t.Files,7} {mib,7:F1} {ms[0],8:F0} {ms[1],10:F0} {ms[2],10:F0} {speed,13:F0} {perMib[0],10:F0} {perMib[1],8:F0} {perMib[2],8:F0}");
        }

        ByExtractor.Clear();
    }

    private static string Name(IReferenceExtractor extractor) =>
        extractor.GetType().Name is var type && type.EndsWith("Extractor", StringComparison.Ordinal) ? type[..^"Extractor".Length] : extractor.GetType().Name;

    private sealed class Totals
    {
        public readonly long[] Ticks = new long[3];
        public readonly long[] Allocated = new long[3];
        public long Files;
        public long Chars;
    }
}
