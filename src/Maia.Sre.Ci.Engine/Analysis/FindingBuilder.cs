using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Rules.Phantoms;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Turns one source's resolved references into findings and graph edges.</summary>
internal sealed partial class FindingBuilder
{
    private readonly string source;
    private readonly SourceText text;
    private readonly SuppressionMap suppressions;
    private readonly CriticalClassifier critical;
    private readonly Suggester suggester;
    private readonly SourceTraits traits;
    private readonly BuildOutputs outputs;
    private readonly PackageRoots packages;

    /// <summary>The source's own critical reason (<see cref="CriticalClassifier.SourceReason(string)"/>), looked up at its first phantom.</summary>
    private string? sourceReason;
    private bool sourceReasonKnown;

    /// <summary>Whether this CI file runs only in this repository's checkout (<see cref="OtherTrees"/>), looked up at its first phantom.</summary>
    private bool? ownCheckoutOnly;

    public FindingBuilder(string source, SourceText text, SuppressionMap suppressions, CriticalClassifier critical, Suggester suggester, SourceTraits traits, BuildOutputs outputs, PackageRoots packages)
    {
        this.packages = packages;
        this.source = source;
        this.text = text;
        this.suppressions = suppressions;
        this.critical = critical;
        this.suggester = suggester;
        this.traits = traits;
        this.outputs = outputs;
    }

    public void Add(RawReference reference, Resolution.Resolution resolution, SourceScan scan)
    {
        switch (resolution.Outcome)
        {
            case Outcome.Exists:
                scan.Dependencies++;
                scan.Edges.Add(new DependencyEdge(source, resolution.Target, Exists: true, Critical: false) { TargetId = resolution.TargetId });
                break;
            case Outcome.Missing:
                var finding = Missing(reference, resolution);
                if (finding is null)
                {
                    break; // written by the script itself: not a dependency on the repository
                }

                scan.Dependencies++;
                scan.Findings.Add(finding);
                if (finding.RuleId == PhantomReferenceRule.Descriptor.Id && finding.Severity >= Severity.Warning)
                {
                    scan.Edges.Add(new DependencyEdge(source, resolution.Target, Exists: false, finding.Severity == Severity.Critical));
                }

                break;
            case Outcome.External:
                scan.Findings.Add(External(reference, resolution));
                break;
            case Outcome.EscapesRoot:
                scan.Findings.Add(EscapesRoot(reference, resolution));
                break;
        }
    }

    /// <summary>The source the findings are in.</summary>
    public string Source => source;

    /// <summary>True when an inline directive silences a missing anchor on <paramref name="line"/> (a check answered after the scan keeps this).</summary>
    public bool SilencesMissingAnchor(int line) =>
        suppressions.IsSuppressed(line, MissingAnchorRule.Descriptor.Id, MissingAnchorRule.Descriptor.Name);

    /// <summary>
    /// A missing-anchor finding in <paramref name="source"/> (<paramref name="suppressed"/>: see
    /// <see cref="SilencesMissingAnchor"/>): <paramref name="written"/> is the link as written, path and fragment. A
    /// problem with a doubt, or one in test data, a template or a document of its time, is a note.
    /// </summary>
    public static Finding MissingAnchor(string source, bool suppressed, RawReference reference, string written, Anchors.AnchorProblem problem)
    {
        var hash = written.IndexOf('#', StringComparison.Ordinal);
        var doubt = problem.Doubt ?? SourceDoubt.Of(SourceTraitsOf.Of(source));
        var message = doubt is null ? $"'{written}': {problem.Message}" : $"'{written}': {problem.Message} (a note, not a failure: {doubt})";
        var suggestion = problem.Suggestion;
        return Make(source, suppressed, MissingAnchorRule.Descriptor, doubt is null ? Severity.Warning : Severity.Note, reference with { Text = written }, message,
            suggestion is null ? null : "#" + suggestion, suggestion is null ? null : written[..(hash + 1)] + suggestion,
            doubt is null ? null : new Dictionary<string, string> { ["doubt"] = doubt });
    }

    /// <summary>
    /// A reference that climbs out of the repository. A Markdown link doing so leaves GitHub's file view for the
    /// repository's web pages ('../../graphs/contributors', '../../v1.2.0/README.md' for a tag's README): a note, as in
    /// test data, templates and documents of their time; anything else is a warning.
    /// </summary>
    private Finding EscapesRoot(RawReference reference, Resolution.Resolution resolution)
    {
        var doubt = reference.Kind == ReferenceKind.Link && GitHubWebLink.IsPlausible(source, reference.Text)
            ? "on GitHub a relative link above the repository's files leads to its web pages (a tag's files, its graphs)"
            : SourceDoubt.Of(traits);
        var message = $"'{reference.Text}' {resolution.Detail}; references must stay inside the repository (not read)";
        return doubt is null
            ? Make(ReferenceEscapesRootRule.Descriptor, Severity.Warning, reference, message)
            : Make(ReferenceEscapesRootRule.Descriptor, Severity.Note, reference, $"{message} (a note, not a failure: {doubt})",
                properties: new Dictionary<string, string> { ["doubt"] = doubt });
    }

    /// <summary>True for a CI YAML file that brings no other file tree beside this repository's checkout.</summary>
    private bool OwnCheckoutOnly() =>
        ownCheckoutOnly ??= traits.HasFlag(SourceTraits.Executed) && !traits.HasFlag(SourceTraits.BuildFile)
            && (source.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            && !OtherTrees.Fetched(text);

    public Finding External(RawReference reference, Resolution.Resolution resolution) =>
        Make(ExternalReferenceRule.Descriptor, Severity.Note, reference, $"'{reference.Text}' {resolution.Detail}; not checked");

    /// <summary>The finding for a reference that resolved to nothing, as the phantom rule judges it, or null when it is none.</summary>
    private Finding? Missing(RawReference reference, Resolution.Resolution resolution)
    {
        if (!sourceReasonKnown)
        {
            sourceReason = critical.SourceReason(source, traits);
            sourceReasonKnown = true;
        }

        var verdict = PhantomReferenceRule.Judge(new MissingFile(
            reference.Kind == ReferenceKind.LocalAction ? reference with { Role = ReferenceRole.Run } : WithSiteDoubt(reference, resolution),
            text.Line(reference.Line - 1),
            traits,
            resolution.Anchoring,
            reference.Role == ReferenceRole.Produce ? null : outputs.Why(resolution.Target),
            sourceReason,
            critical.ConfiguredReason(source, reference.Text),
            ForeignToPackage(resolution),
            resolution.KnownFolder,
            resolution.CaseVariant,
            resolution.Site is not null,
            reference.Role == ReferenceRole.Run && resolution.Anchoring == Anchoring.Unanchored && OwnCheckoutOnly()));
        if (verdict.Kind == VerdictKind.None)
        {
            return null;
        }

        var what = reference.Kind == ReferenceKind.LocalAction ? "local action" : reference.Kind == ReferenceKind.Link ? "link target" : "file";
        var plain = reference.Text.StartsWith("./", StringComparison.Ordinal) ? reference.Text.AsSpan(2) : reference.Text;

        // The message is written in one go (one string per finding, not one per part): "'x' (resolved as 'y')".
        var resolvedAs = plain.SequenceEqual(resolution.Target) ? null : resolution.Target;
        var (resolvedOpen, resolvedClose) = resolvedAs is null ? ("", "") : (" (resolved as '", "')");
        if (verdict.Kind == VerdictKind.Retired)
        {
            return Make(RetiredReferenceRule.Descriptor, Severity.Note, reference,
                $"'{reference.Text}'{resolvedOpen}{resolvedAs}{resolvedClose} does not exist; the text says '{verdict.Reason}', so it is treated as retired or planned");
        }

        if (resolution.Site is { } miss)
        {
            return SiteMissing(reference, miss, verdict);
        }

        // Where git history says the file went comes first (read once per run, when the first phantom asks; notes do
        // not ask, so a run with only uncertain mentions never reads history).
        var severity = verdict.Severity;
        var provenance = severity >= Severity.Warning ? suggester.Provenance(resolution.Target) : null;
        SuggestedPath? suggested;
        (string Open, string? Value, string Close) hint;
        if (provenance is { ExistingPath: { } renamed })
        {
            suggested = new SuggestedPath(renamed, SuggestionBasis.Renamed, Unique: true);
            hint = ("; ", provenance.Describe(), "");
        }
        else if (resolution.CaseVariant is not null)
        {
            suggested = Fixes.FixPlanner.CaseSuggestion(resolution.Target, resolution.CaseVariant, suggester.Inventory);
            hint = ("; '", resolution.CaseVariant, "' exists but differs in letter case");
        }
        else
        {
            suggested = suggester.SuggestPath(resolution.Target);
            var history = provenance is null ? "" : "; " + provenance.Describe();
            hint = suggested is null ? (history, null, "") : (history + "; did you mean '", suggested.Value.Path, "'?");
        }

        var suggestion = suggested?.Path;
        var (reasonOpen, reasonClose) = severity switch
        {
            Severity.Critical => (" (critical: ", ")"),
            Severity.Note => (" (a note, not a failure: ", ")"),
            _ => ("", ""),
        };
        var message = $"'{reference.Text}'{resolvedOpen}{resolvedAs}{resolvedClose}: no such {what} in the repository{hint.Open}{hint.Value}{hint.Close}{reasonOpen}{verdict.Reason}{reasonClose}";

        var replacement = suggestion is null ? null : Replacement(reference, suggestion);
        var properties = new Dictionary<string, string> { ["role"] = RoleName(reference.Role) };
        if (severity == Severity.Critical)
        {
            properties["criticalReason"] = verdict.Reason!;
        }
        else if (severity == Severity.Note)
        {
            properties["doubt"] = verdict.Reason!;
        }

        var finding = Make(PhantomReferenceRule.Descriptor, severity, reference, message, suggestion, replacement, properties);

        // The one place a finding gets its fix (Fixes/FixPlanner decides whether it has one, and how sure it is).
        return suggested is { } fixTo
            ? finding with { Fix = Fixes.FixPlanner.Plan(source, text.Line(reference.Line - 1), reference, resolution.Target, fixTo, severity, provenance, suggester.Inventory) }
            : finding;
    }

    /// <summary>The plugin or skill folder of the source when the missing path has nothing inside it, or null.</summary>
    private string? ForeignToPackage(Resolution.Resolution resolution)
    {
        var package = packages.Of(source);
        if (package is null)
        {
            return null;
        }

        var anchor = resolution.AnchorFolder;
        var inside = anchor is not null && (anchor == package || anchor.StartsWith(package + "/", StringComparison.Ordinal));
        return inside ? null : package;
    }

    private static string RoleName(ReferenceRole role) => role switch
    {
        ReferenceRole.Run => "run",
        ReferenceRole.Read => "read",
        ReferenceRole.Produce => "produce",
        ReferenceRole.Data => "data",
        ReferenceRole.Example => "example",
        _ => "mention",
    };

    /// <summary>Writes the suggestion the way the reference was written: relative to the source for links, else from the root.</summary>
    private string Replacement(RawReference reference, string suggestion)
    {
        if (reference.Kind == ReferenceKind.Link && !reference.Text.StartsWith('/'))
        {
            return RepoPath.Relative(RepoPath.Folder(source), suggestion);
        }

        if (!reference.Text.Contains('/', StringComparison.Ordinal))
        {
            return RepoPath.Name(suggestion);
        }

        return reference.Text.StartsWith("./", StringComparison.Ordinal) ? "./" + suggestion : suggestion;
    }

    private Finding Make(
        Model.RuleDescriptor rule,
        Severity severity,
        RawReference reference,
        string message,
        string? suggestion = null,
        string? replacement = null,
        IReadOnlyDictionary<string, string>? properties = null) =>
        Make(source, suppressions.IsSuppressed(reference.Line, rule.Id, rule.Name), rule, severity, reference, message, suggestion, replacement, properties);

    private static Finding Make(
        string source,
        bool suppressed,
        Model.RuleDescriptor rule,
        Severity severity,
        RawReference reference,
        string message,
        string? suggestion = null,
        string? replacement = null,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        return new Finding
        {
            RuleId = rule.Id,
            RuleName = rule.Name,
            Severity = severity,
            Message = message,
            File = source,
            Line = reference.Line,
            Column = reference.Column,
            EndColumn = reference.Column + reference.Length,
            Reference = reference.Text,
            Suppression = suppressed ? new Suppression("inSource", "silenced by an inline maia-sre directive") : null,
            Suggestion = suggestion,
            SuggestionReplacement = replacement,
            Properties = properties,
        };
    }
}
