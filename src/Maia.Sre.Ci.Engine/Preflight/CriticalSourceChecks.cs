using Maia.Sre.Ci.Analysis;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Preflight;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Preflight;

/// <summary>
/// MSRE2013: the phantom analyzer runs on the critical sources only (with every other phantom setting kept), and each
/// phantom it finds there becomes a critical preflight finding at the same place. One check per critical source.
/// </summary>
internal static class CriticalSourceChecks
{
    /// <summary>Checks the files matching <paramref name="criticalSources"/> (only what <paramref name="changes"/> could break, when given).</summary>
    public static void Run(
        WorkspaceFiles files,
        PhantomsConfig phantoms,
        IReadOnlyList<string> criticalSources,
        IReadOnlyCollection<string>? narrowTo,
        ChangeSet? changes,
        PreflightRecorder recorder,
        CancellationToken cancellation)
    {
        if (criticalSources.Count == 0)
        {
            return;
        }

        // In pull-request mode the gate keeps only what the change could have caused, as the phantom rules do.
        var result = new PhantomAnalyzer(phantoms with { Sources = criticalSources }).Run(files, narrowTo, changes, cancellation);
        var bySource = result.Findings
            .Where(f => f.RuleId == RuleIds.PhantomReference)
            .ToLookup(f => f.File, StringComparer.Ordinal);
        foreach (var check in result.Checks.OrderBy(c => c.Subject, StringComparer.Ordinal))
        {
            var found = bySource[check.Subject].Select(Blocking).ToList();
            recorder.Record(CriticalSourcePhantomRule.Descriptor, check.Subject, found, $"'{check.Subject}' references no phantom");
        }
    }

    private static Finding Blocking(Finding phantom) => phantom with
    {
        RuleId = CriticalSourcePhantomRule.Descriptor.Id,
        RuleName = CriticalSourcePhantomRule.Descriptor.Name,
        Severity = Severity.Critical,
        Message = $"critical source references a phantom, which blocks the run: {phantom.Message}",
        Properties = new Dictionary<string, string>(StringComparer.Ordinal) { [PreflightRecorder.CheckProperty] = phantom.File },
        Fix = null, // the phantom finding itself carries the fix; the gate's copy only blocks
    };
}
