using System.Globalization;
using System.Text;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Reports.GitHub;

/// <summary>
/// The step outputs a run sets in GitHub Actions (appended to <c>$GITHUB_OUTPUT</c>): <c>status</c>,
/// <c>health-score</c>, <c>phantoms</c> and <c>critical-phantoms</c>, the figures of the JSON report's <c>summary</c>.
/// The Action exposes them as its own outputs, without a JSON parser on the runner.
/// </summary>
public static class StepOutputs
{
    /// <summary>The <c>name=value</c> lines for <paramref name="result"/>.</summary>
    public static string Write(RunResult result)
    {
        var figures = result.Phantoms;
        return new StringBuilder()
            .Append("status=").Append(result.Status).Append('\n')
            .Append("health-score=").Append((figures?.HealthScore ?? 100).ToString("0.0", CultureInfo.InvariantCulture)).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"phantoms={figures?.Phantoms ?? 0}\n")
            .Append(CultureInfo.InvariantCulture, $"critical-phantoms={figures?.CriticalPhantoms ?? 0}\n")
            .ToString();
    }
}
