using Maia.Sre.Ci.Model;
using Microsoft.CodeAnalysis.Sarif;
using SarifSuppression = Microsoft.CodeAnalysis.Sarif.Suppression;

namespace Maia.Sre.Ci.Sarif;

/// <summary>Maps findings to SARIF results: location, region, fingerprint, fix, suppression and baseline state.</summary>
internal static class SarifResults
{
    /// <summary>The <c>uriBaseId</c> every location is relative to: the repository root.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>Key of the line-independent fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "maiaFingerprint/v1";

    /// <summary>
    /// The file that repository-wide findings (preflight checks such as "not a git work tree") are anchored to, since
    /// code scanning needs a location for every result: the configuration file that asked for the check when there is
    /// one, else the README, else the root folder itself.
    /// </summary>
    public static string RepositoryAnchor(string root)
    {
        foreach (var candidate in new[] { ".maia-sre.json", "README.md" })
        {
            if (File.Exists(Path.Combine(root, candidate)))
            {
                return candidate;
            }
        }

        return ".";
    }

    public static Result Map(Finding finding, IReadOnlyDictionary<string, int> ruleIndexes, string repositoryAnchor)
    {
        var absent = finding.BaselineState == Model.BaselineState.Absent;
        var result = new Result
        {
            RuleId = finding.RuleId,
            RuleIndex = ruleIndexes.TryGetValue(finding.RuleId, out var index) ? index : -1,
            Message = new Message { Text = absent ? $"No longer found (it is in the baseline): {finding.Message}" : finding.Message },
            PartialFingerprints = new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint },
            BaselineState = BaselineState(finding.BaselineState),
        };

        // An absent result is a problem that went away: the rule passed there, so it must not raise an alert.
        result.Kind = absent ? ResultKind.Pass : ResultKind.Fail;
        result.Level = absent ? FailureLevel.None : SarifRules.Level(finding.Severity);
        var file = finding.File.Length > 0 ? finding.File : repositoryAnchor;
        var region = finding.File.Length > 0 ? Region(finding) : new Region { StartLine = 1 };
        result.Locations = [new Location { PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(file), Region = region } }];

        if (!absent && Fix(finding) is { } fix)
        {
            result.Fixes = [fix];
        }

        if (Suppressions(finding) is { } suppression)
        {
            result.Suppressions = [suppression];
        }

        if (finding.Properties is not null)
        {
            foreach (var (key, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                result.SetProperty(key, value);
            }
        }

        result.SetProperty("severity", finding.Severity.ToName());
        return result;
    }

    /// <summary>A repository-relative location, each path segment percent-encoded.</summary>
    public static ArtifactLocation Artifact(string file) => new()
    {
        Uri = new Uri(string.Join('/', file.Split('/').Select(Uri.EscapeDataString)), UriKind.Relative),
        UriBaseId = SourceRoot,
    };

    /// <summary>The region covering the reference; null when the finding has no line.</summary>
    private static Region? Region(Finding finding)
    {
        if (finding.Line <= 0)
        {
            return null;
        }

        var region = new Region { StartLine = finding.Line };
        if (finding.Column > 0)
        {
            region.StartColumn = finding.Column;
            region.EndLine = finding.Line;
            region.EndColumn = finding.EndColumn > finding.Column ? finding.EndColumn : finding.Column + 1;
        }

        return region;
    }

    /// <summary>
    /// The finding's fix (<see cref="Model.Fix"/>, the same edits <c>--fix</c> applies): each edit replaces exactly the
    /// reference's columns; the fix's <c>safety</c> property says whether <c>--fix</c> applies it alone.
    /// </summary>
    private static Microsoft.CodeAnalysis.Sarif.Fix? Fix(Finding finding)
    {
        if (finding.Fix is not { } fix)
        {
            return null;
        }

        var sarif = new Microsoft.CodeAnalysis.Sarif.Fix
        {
            Description = new Message { Text = fix.Description },
            ArtifactChanges = fix.Edits.GroupBy(e => e.File, StringComparer.Ordinal).Select(file => new ArtifactChange
            {
                ArtifactLocation = Artifact(file.Key),
                Replacements = file.Select(edit => new Replacement
                {
                    DeletedRegion = new Region { StartLine = edit.Line, StartColumn = edit.Column, EndLine = edit.Line, EndColumn = edit.EndColumn },
                    InsertedContent = new ArtifactContent { Text = edit.NewText },
                }).ToList(),
            }).ToList(),
        };
        sarif.SetProperty("safety", fix.SafetyName);
        return sarif;
    }

    private static SarifSuppression? Suppressions(Finding finding)
    {
        if (finding.Suppression is { } inline)
        {
            var kind = inline.Kind == "external" ? SuppressionKind.External : SuppressionKind.InSource;
            return new SarifSuppression { Kind = kind, Status = SuppressionStatus.Accepted, Justification = inline.Justification };
        }

        return finding.BaselineState == Model.BaselineState.Unchanged
            ? new SarifSuppression { Kind = SuppressionKind.External, Status = SuppressionStatus.Accepted, Justification = "recorded in the baseline" }
            : null;
    }

    private static Microsoft.CodeAnalysis.Sarif.BaselineState BaselineState(Model.BaselineState state) => state switch
    {
        Model.BaselineState.New => Microsoft.CodeAnalysis.Sarif.BaselineState.New,
        Model.BaselineState.Unchanged => Microsoft.CodeAnalysis.Sarif.BaselineState.Unchanged,
        Model.BaselineState.Absent => Microsoft.CodeAnalysis.Sarif.BaselineState.Absent,
        _ => Microsoft.CodeAnalysis.Sarif.BaselineState.None,
    };
}
