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

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1: on every core when that pays, else here in order.</summary>
    public static void For(int count, Action<int> body)
    {
        if (Pays(count))
        {
            Parallel.For(0, count, body);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    }

    /// <summary>Runs <paramref name="steps"/>, which work on <paramref name="items"/> items: side by side when that pays, else here in order.</summary>
    public static void Invoke(int items, params Action[] steps)
    {
        if (Pays(items))
        {
            Parallel.Invoke(steps);
            return;
        }

        foreach (var step in steps)
        {
            step();
        }
    }
}
