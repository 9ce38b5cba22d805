using System.Collections.Concurrent;
using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Checks the fragments of links that resolved (<c>x.md#setup</c>) and of same-file links (<c>#setup</c>).
/// </summary>
/// <remarks>
/// A link into another file is checked against that file's anchors as soon as they are known. Until then the check
/// waits: when the scan reaches the target itself, its anchors are taken from the text the scan has just read
/// (<see cref="Scanned"/>), and the waiting checks are answered then. Only a target the scan had already passed, or
/// does not scan, is read a second time, after the scan (<see cref="Finish"/>). Reading every link target again was
/// a tenth of a scan's CPU time, most of it the kernel's opening and copying of files read moments before. A check
/// answered after its own source's scan adds its finding to <see cref="Late"/>; most checks find their anchor and add
/// nothing.
/// </remarks>
internal sealed class AnchorFindings
{
    private readonly AnchorIndex index;
    private readonly ConcurrentDictionary<string, Target> targets = new(StringComparer.Ordinal);
    private readonly List<(int Source, Finding Finding)> late = [];

    public AnchorFindings(AnchorIndex index) => this.index = index;

    /// <summary>Findings of checks answered after their source's scan, by the source's number.</summary>
    public IReadOnlyList<(int Source, Finding Finding)> Late => late;

    /// <summary>
    /// Checks <paramref name="reference"/>'s fragment against <paramref name="target"/>: now, adding a finding to
    /// <paramref name="scan"/>, when the target's anchors are known, else when they are.
    /// </summary>
    /// <param name="source">The number of the source the link is in.</param>
    /// <param name="reference">The link, with its fragment.</param>
    /// <param name="target">The repository file it resolved to.</param>
    /// <param name="builder">The source's finding builder.</param>
    /// <param name="scan">The source's scan.</param>
    public void Check(int source, RawReference reference, string target, FindingBuilder builder, SourceScan scan)
    {
        if (reference.Fragment is null)
        {
            return;
        }

        var entry = targets.GetOrAdd(target, static _ => new Target());
        lock (entry)
        {
            if (!entry.Known)
            {
                (entry.Waiting ??= []).Add(new Waiting(source, builder.Source, builder.SilencesMissingAnchor(reference.Line), reference));
                return;
            }
        }

        if (Problem(entry.Anchors, reference, target, builder.Source, builder.SilencesMissingAnchor(reference.Line)) is { } finding)
        {
            scan.Findings.Add(finding);
        }
    }

    /// <summary>As <see cref="Check"/>, for a link into the source itself, whose text is at hand.</summary>
    public void CheckSameFile(RawReference reference, SourceText source, FindingBuilder builder, SourceScan scan)
    {
        if (reference.Fragment is not null
            && Problem(index.For(source.Path, source), reference, source.Path, builder.Source, builder.SilencesMissingAnchor(reference.Line)) is { } finding)
        {
            scan.Findings.Add(finding);
        }
    }

    /// <summary>
    /// Answers the checks waiting for <paramref name="text"/>'s file, the scan having just read it, from that text.
    /// A file no link has asked for yet costs one look-up.
    /// </summary>
    public void Scanned(SourceText text)
    {
        if (targets.TryGetValue(text.Path, out var entry))
        {
            Answer(text.Path, entry, index.For(text.Path, text));
        }
    }

    /// <summary>After the scan: reads the targets whose checks still wait, on every core, and answers them.</summary>
    public void Finish()
    {
        var open = targets.Where(t => !t.Value.Known).ToList();
        if (Threading.Parallelism.Pays(open.Count))
        {
            Parallel.ForEach(open, t => Answer(t.Key, t.Value, index.For(t.Key)));
        }
        else
        {
            foreach (var (path, entry) in open)
            {
                Answer(path, entry, index.For(path));
            }
        }
    }

    private void Answer(string path, Target entry, FileAnchors? anchors)
    {
        List<Waiting>? waiting;
        lock (entry)
        {
            if (entry.Known)
            {
                return;
            }

            entry.Anchors = anchors;
            entry.Known = true;
            (waiting, entry.Waiting) = (entry.Waiting, null);
        }

        foreach (var wait in waiting ?? [])
        {
            if (Problem(anchors, wait.Reference, path, wait.SourcePath, wait.Suppressed) is { } finding)
            {
                lock (late)
                {
                    late.Add((wait.Source, finding));
                }
            }
        }
    }

    /// <summary>The finding when <paramref name="reference"/>'s fragment is missing from <paramref name="anchors"/> (null: a folder, or unreadable).</summary>
    private static Finding? Problem(FileAnchors? anchors, RawReference reference, string target, string source, bool suppressed)
    {
        if (reference.Fragment is not { } fragment || anchors is null)
        {
            return null;
        }

        var problem = AnchorCheck.Check(anchors, target, fragment, reference.PlainView);
        if (problem is null)
        {
            return null;
        }

        var written = reference.Kind == ReferenceKind.Anchor ? reference.Text : reference.Text + "#" + fragment;
        return FindingBuilder.MissingAnchor(source, suppressed, reference, written, $"'{written}': {problem.Message}", problem.Suggestion);
    }

    /// <summary>A link target: its anchors once known, and the checks waiting for them until then (guarded by the target itself).</summary>
    private sealed class Target
    {
        public bool Known { get; set; }

        public FileAnchors? Anchors { get; set; }

        public List<Waiting>? Waiting { get; set; }
    }

    /// <summary>A check waiting for its target's anchors: the source it is in, whether a directive silences it there, and the link.</summary>
    private readonly record struct Waiting(int Source, string SourcePath, bool Suppressed, RawReference Reference);
}
