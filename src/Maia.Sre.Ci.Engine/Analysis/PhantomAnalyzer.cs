using System.Runtime.InteropServices;
using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Diagnostics;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.Threading;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Analysis;

/// <summary>What the phantom rule set produced.</summary>
/// <param name="Findings">Findings, unsorted.</param>
/// <param name="Checks">One check per rule × source.</param>
/// <param name="Figures">Graph figures.</param>
public sealed record PhantomResult(IReadOnlyList<Finding> Findings, IReadOnlyList<Check> Checks, PhantomFigures Figures);

/// <summary>The phantom-dependency rule set: extract references from every source, resolve them, report phantoms.</summary>
public sealed class PhantomAnalyzer
{
    private readonly PhantomsConfig config;
    private readonly ExtensionSet extensions;
    private readonly History.FileHistory? history;

    /// <summary>Creates the analyzer for the <c>phantoms</c> settings; <paramref name="history"/>, when given, says where missing files went.</summary>
    public PhantomAnalyzer(PhantomsConfig config, History.FileHistory? history = null)
    {
        this.config = config;
        this.history = history;
        extensions = new ExtensionSet(config.Extensions);
    }

    /// <summary>Analyzes <paramref name="files"/> (see the overload with a change set).</summary>
    public PhantomResult Run(WorkspaceFiles files, IReadOnlyCollection<string>? narrowTo = null, CancellationToken cancellation = default) =>
        Run(files, narrowTo, null, cancellation);

    /// <summary>
    /// Analyzes <paramref name="files"/>. When <paramref name="narrowTo"/> is given (files or folders, relative to the
    /// root), only sources inside it are scanned; the inventory is always the whole repository. When
    /// <paramref name="changes"/> is given (pull-request mode), every source is still scanned, but only findings the
    /// change could have caused are kept: any finding in a changed source, a phantom anywhere whose target the change
    /// deleted or renamed, and a missing anchor anywhere into a changed file.
    /// </summary>
    public PhantomResult Run(WorkspaceFiles files, IReadOnlyCollection<string>? narrowTo, ChangeSet? changes, CancellationToken cancellation = default)
    {
        PhaseTimings.Mark("before phantoms");
        var sources = new GlobSet(config.Sources, config.Exclude).Filter(files.Files);
        PhaseTimings.Mark("phantoms: source globs");
        if (narrowTo is not null)
        {
            sources = sources.Where(s => narrowTo.Any(n => s == n || s.StartsWith(n.TrimEnd('/') + "/", StringComparison.Ordinal) || n.Length == 0)).ToList();
        }

        var inventory = new Inventory(new GlobSet(config.Inventory).Filter(files.Files));
        var resolver = new ReferenceResolver(inventory, config);
        var suggester = new Suggester(inventory, changes?.Renames, history);
        var critical = new CriticalClassifier(config.Critical);
        var sourcesInOrder = RepoPath.InOrdinalOrder(sources); // as FileLister lists them; read by the numbering and the summary
        var outputs = new BuildOutputs(files.Root, files.Files, inventory);
        var packages = new PackageRoots(inventory);
        var sites = Sites.SiteSet.Detect(files.Root, inventory, config.Sites);
        var anchors = new AnchorFindings(new AnchorReader(files.Root, sites.HeadingStyleOf), sources, SourceNumbers(inventory, sources, sourcesInOrder));
        PhaseTimings.Mark("phantoms: inventory");

        var scans = new ScanResult[sources.Count];
        var edges = new SourceEdges[sources.Count];

        // Each worker keeps its own extraction output and scan lists, emptied and reused from one source to the next;
        // each source leaves only its result and edges. Edges to inventory files are counted into one tally on every
        // core; the rest after the scan. A few sources are scanned on this thread alone.
        var tally = new TargetTally(inventory);
        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Parallelism.Pays(sources.Count) ? -1 : 1 },
            () => new Worker(new ExtractionOutput(), new SourceScan()),
            (i, _, worker) =>
            {
                var scan = worker.Scan;
                scan.Clear();
                anchors.Reached(i);
                Scan(files.Root, i, sources[i], resolver, suggester, critical, (outputs, packages, sites), anchors, changes, worker.Output, scan);
                SortAndDistinct(scan.Edges, inventory.NumberedInOrdinalOrder ? EdgeOrder.ByNumber : EdgeOrder.ByPath);
                tally.AddFiles(CollectionsMarshal.AsSpan(scan.Edges));
                FindingOrder.Sort(scan.Findings); // here, on every core, so the final sort finds the whole list in order
                edges[i] = SourceEdges.From(CollectionsMarshal.AsSpan(scan.Edges));
                scans[i] = scan.ToResult();
                return worker;
            },
            _ => { });
        PhaseTimings.Mark("phantoms: scan (parallel)");
        ScanProfile.Report();

        // Fragment checks still waiting for their target (one the scan had passed, or does not scan) read it now.
        anchors.Finish();
        AddLate(scans, anchors.Late);
        PhaseTimings.Mark("phantoms: waiting anchor checks");

        var result = Summarize(files, sources, sourcesInOrder, inventory, scans, edges, tally, changes);
        PhaseTimings.Mark("phantoms: summarize");
        return result;
    }

    /// <summary>Reads and extracts <paramref name="source"/>, and resolves its references into <paramref name="scan"/>.</summary>
    private void Scan(string root, int sourceIndex, string source, ReferenceResolver resolver, Suggester suggester, CriticalClassifier critical, (BuildOutputs Outputs, PackageRoots Packages, Sites.SiteSet Sites) facts, AnchorFindings anchors, ChangeSet? changes, ExtractionOutput output, SourceScan scan)
    {
        var sourceChanged = changes is null || changes.IsChanged(source);
        var extractor = ExtractorSelector.For(source);
        var lap = ScanProfile.Start();
        using var text = SourceReader.Read(root, source, out var problem);
        lap = ScanProfile.Lap(lap, extractor, ScanProfile.Stage.Read, text is null ? 0 : text.All.Length);
        if (problem is not null && sourceChanged)
        {
            scan.Findings.Add(problem);
        }

        if (text is null)
        {
            return;
        }

        anchors.Scanned(text);
        output.Clear();
        extractor.Extract(text, extensions, output);
        lap = ScanProfile.Lap(lap, extractor, ScanProfile.Stage.Extract);
        if (output.Problem is { } unparsable && sourceChanged)
        {
            scan.Findings.Add(SourceReader.Unparsable(source, unparsable));
        }

        if (output.References.Count == 0)
        {
            return;
        }

        scan.Edges.EnsureCapacity(output.References.Count);
        var suppressions = SuppressionMap.Read(text);
        var builder = new FindingBuilder(source, text, suppressions, critical, suggester, SourceTraitsOf.Of(source), facts.Outputs, facts.Packages);
        var folder = RepoPath.Folder(source);
        var page = facts.Sites.For(source, text); // the documentation site the source is a page of, if any
        foreach (var reference in output.References)
        {
            if (reference.Kind == ReferenceKind.Anchor)
            {
                if (sourceChanged)
                {
                    anchors.CheckSameFile(reference, text, builder, scan);
                }

                continue;
            }

            if (reference.Kind == ReferenceKind.Label)
            {
                if (sourceChanged)
                {
                    page.CheckLabel(reference, builder, scan);
                }

                continue;
            }

            var line = text.Line(reference.Line - 1);
            var shown = RootAliasSpan.Extend(line, reference, resolver.RootAliases);
            var lookup = ScriptFolderVariables.Rewrite(shown.Text, output.ScriptFolderVariables) is { } local ? shown with { Text = local } : shown;
            switch (ReferencePrefix.Classify(line, shown.Column - 1, shown.Text))
            {
                case ReferencePrefix.Kind.Glob or ReferencePrefix.Kind.Placeholder:
                    continue;
                case ReferencePrefix.Kind.ScriptDir:
                    lookup = shown with { Text = "$SCRIPT_DIR" + shown.Text };
                    break;
                case ReferencePrefix.Kind.Computed when page.IsSiteAttribute(line, shown.Column - 1):
                    break; // src="/img/x.png" on a site page is a site URL, not a path after a computed prefix
                case ReferencePrefix.Kind.Computed when !sourceChanged:
                    continue;
                case ReferencePrefix.Kind.Computed:
                    scan.Findings.Add(builder.External(shown, new Resolution.Resolution(Outcome.External, shown.Text, Detail: "follows a computed prefix")));
                    continue;
            }

            var before = scan.Findings.Count;
            var resolution = page.Resolve(lookup, folder, resolver);
            builder.Add(shown, resolution, scan);
            if (resolution.Outcome == Outcome.Exists && shown.Fragment is not null && (sourceChanged || changes!.IsChanged(resolution.Target)))
            {
                anchors.Check(sourceIndex, shown, resolution.Target, resolution.TargetId, builder, scan);
            }

            if (!sourceChanged && !(resolution.Outcome == Outcome.Exists || changes!.IsGone(resolution.Target)))
            {
                // Pull-request mode: an untouched source keeps only what the change caused.
                scan.Findings.RemoveRange(before, scan.Findings.Count - before);
            }
        }

        ScanProfile.Lap(lap, extractor, ScanProfile.Stage.Resolve);
    }

    private PhantomResult Summarize(WorkspaceFiles files, IReadOnlyList<string> sources, bool sourcesInOrder, Inventory inventory, ScanResult[] scans, SourceEdges[] sourceEdges, TargetTally tally, ChangeSet? changes)
    {
        // Lists of known size are made at that size: at 100,000 sources they are large objects, and growing them by
        // doubling would leave as much again on the large-object heap, whose budget, once spent, costs a full collection.
        var problems = files.Problems.Where(p => changes is null || changes.IsChanged(p.File)).ToList();
        var findings = new List<Finding>(problems.Count + scans.Sum(s => s.Findings.Length));
        findings.AddRange(problems);
        var (phantoms, criticalCount) = SourceScan.CountPhantoms(problems);
        var total = 0;
        foreach (var scan in scans)
        {
            findings.AddRange(scan.Findings);
            total += scan.Dependencies;
            phantoms += scan.Phantoms;
            criticalCount += scan.CriticalPhantoms;
        }

        // Each scan's edges are already distinct and sorted (see Scan), and scans follow the sources, which are in
        // ordinal order when they come from FileLister; then the scans' lists, read one after the other, are the
        // sorted, distinct edge list. Sources in another order get one sorted copy.
        var edges = new JoinedEdges(sources, sourceEdges, inventory);
        if (!sourcesInOrder)
        {
            var sorted = edges.ToArray();
            Array.Sort(sorted, EdgeOrder.ByPath);
            edges = new JoinedEdges([string.Empty], [SourceEdges.Of(sorted)], inventory);
        }

        // Most referenced first, then by path; paths are distinct, so this order is total and an unstable sort is enough.
        tally.AddOthers(sourceEdges);
        var spofs = tally.AtLeast(config.SpofThreshold).ToList();
        spofs.Sort(static (a, b) => a.References != b.References ? b.References.CompareTo(a.References) : string.CompareOrdinal(a.Tool, b.Tool));

        var figures = new PhantomFigures
        {
            SourcesScanned = sources.Count,
            TotalDependencies = total,
            InventorySize = inventory.Count,
            Phantoms = phantoms,
            CriticalPhantoms = criticalCount,
            HealthScore = PhantomFigures.Score(phantoms, total, criticalCount),
            SinglePointsOfFailure = spofs,
            Edges = edges,
        };

        // Pull-request mode keeps the checks of changed sources and of sources with findings; otherwise all of them,
        // made when read.
        IReadOnlyList<Check> checks = new SourceChecks(sources);
        if (changes is not null)
        {
            var reported = findings.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
            checks = checks.Where(c => changes.IsChanged(c.Subject) || reported.Contains(c.Subject)).ToList();
        }

        return new PhantomResult(findings, checks, figures);
    }

    /// <summary>
    /// For each inventory file (by number), the number of the source it is, or -1: in one walk of both lists when both
    /// are in path order (as <see cref="FileLister"/> lists them), else by looking each source up.
    /// </summary>
    private static int[] SourceNumbers(Inventory inventory, IReadOnlyList<string> sources, bool sourcesInOrder)
    {
        var numbers = new int[inventory.Count];
        Array.Fill(numbers, -1);
        if (inventory.NumberedInOrdinalOrder && sourcesInOrder)
        {
            var file = 0;
            for (var i = 0; i < sources.Count && file < numbers.Length; i++)
            {
                while (file < numbers.Length && string.CompareOrdinal(inventory.PathOf(file), sources[i]) < 0)
                {
                    file++;
                }

                if (file < numbers.Length && string.Equals(inventory.PathOf(file), sources[i], StringComparison.Ordinal))
                {
                    numbers[file++] = i;
                }
            }

            return numbers;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (inventory.TryGetFile(sources[i], out _, out var id))
            {
                numbers[id] = i;
            }
        }

        return numbers;
    }

    /// <summary>Adds findings made after their source's scan (<see cref="AnchorFindings.Late"/>) to its result, in report order.</summary>
    private static void AddLate(ScanResult[] scans, IReadOnlyList<(int Source, Finding Finding)> late)
    {
        foreach (var group in late.GroupBy(l => l.Source))
        {
            var findings = new List<Finding>(scans[group.Key].Findings);
            findings.AddRange(group.Select(l => l.Finding));
            FindingOrder.Sort(findings);
            scans[group.Key] = scans[group.Key] with { Findings = [.. findings] };
        }
    }

    /// <summary>Sorts one source's edges in place (<paramref name="order"/>) and drops duplicates (adjacent once sorted).</summary>
    private static void SortAndDistinct(List<DependencyEdge> edges, Comparison<DependencyEdge> order)
    {
        edges.Sort(order);
        var kept = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            if (kept == 0 || edges[i] != edges[kept - 1])
            {
                edges[kept++] = edges[i];
            }
        }

        edges.RemoveRange(kept, edges.Count - kept);
    }

    /// <summary>What one parallel worker keeps from one source to the next.</summary>
    private sealed record Worker(ExtractionOutput Output, SourceScan Scan);
}
