using BenchmarkDotNet.Running;

namespace Maia.Sre.Ci.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's command line (<c>--filter</c>, <c>--job</c>, <c>--inProcess</c>, <c>--artifacts</c>, …).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

        // BenchmarkDotNet logs a benchmark that throws or fails to build and carries on; the smoke run in
        // scripts/test.sh needs that as an exit code.
        var failed = summaries.Any(s =>
            s.HasCriticalValidationErrors || s.Reports.Length < s.BenchmarksCases.Length || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
