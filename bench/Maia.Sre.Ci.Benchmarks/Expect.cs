namespace Maia.Sre.Ci.Benchmarks;

/// <summary>
/// Checks made once in <c>[GlobalSetup]</c> that the generated inputs exercise what a benchmark claims to measure
/// (references found, outcomes as planned). A failed check fails the benchmark, so the smoke run catches inputs
/// that drift away from the engine.
/// </summary>
internal static class Expect
{
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("benchmark input check failed: " + what);
        }
    }
}
