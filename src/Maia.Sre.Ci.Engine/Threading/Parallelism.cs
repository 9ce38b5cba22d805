namespace Maia.Sre.Ci.Threading;

/// <summary>
/// Whether spreading a piece of work over the cores pays. Below a few hundred items it does not: waking worker threads,
/// and in the JIT-compiled tool compiling the parallel machinery on first use, costs more than a small repository's
/// whole scan (measured on a 3-file repository: the dotnet tool's whole run went from 68 to 64 ms).
/// </summary>
internal static class Parallelism
{
    /// <summary>Fewer items than this are handled on the calling thread.</summary>
    public const int MinimumItems = 256;

    /// <summary>True when <paramref name="items"/> are worth handing to every core.</summary>
    public static bool Pays(int items) => items >= MinimumItems && Environment.ProcessorCount > 1;
}
