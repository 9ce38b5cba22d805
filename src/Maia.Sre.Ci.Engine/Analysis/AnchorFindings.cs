using System.Collections.Concurrent;
using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Checks the fragments of links that resolved (<c>x.md#setup</c>) and of same-file links (<c>#setup</c>).
/// </summary>
/// <remarks>
/// A link into another file is checked against that file's anchors as soon as they are known. A target the scan has
/// not reached yet is not read for it: the check waits, and when the scan reaches the target its anchors are taken
/// from the text the scan has just read (<see cref="Scanned"/>) and the waiting checks are answered. Only a target the
/// scan has already passed, or does not scan, is read a second time, at once as before. Reading every link target
/// again was a tenth of a scan's CPU time, most of it the kernel's opening and copying of files read moments before.
/// A check answered after its own source's scan adds its finding to <see cref="Late"/>; most checks find their anchor
/// and add nothing. The few checks a race leaves waiting are answered by <see cref="Finish"/>.
/// </remarks>
internal sealed class AnchorFindings
{
    private readonly AnchorReader reader;
    private readonly IReadOnlyList<string> sources;
    private readonly int[] sourceOf;
    private readonly int[] reached;
    private readonly ConcurrentDictionary<string, Target> targets = new(StringComparer.Ordinal);
    private readonly List<(int Source, Finding Finding)> late = [];

    /// <summary>Creates the checks.</summary>
    /// <param name="reader">Reads a link target's anchors.</param>
    /// <param name="sources">The sources, by number.</param>
    /// <param name="sourceOf">For each inventory file (by number), the number of the source it is, or -1.</param>
    public AnchorFindings(AnchorReader reader, IReadOnlyList<string> sources, int[] sourceOf)
    {
        this.reader = reader;
        this.sources = sources;
        this.sourceOf = sourceOf;
        reached = new int[sources.Count];
    }

    /// <summary>Findings of checks answered after their source's scan, by the source's number.</summary>
    public IReadOnlyList<(int Source, Finding Finding)> Late => late;

    /// <summary>
    /// Checks <paramref name="reference"/>'s fragment against <paramref name="target"/>: now, adding a finding to
    /// <paramref name="scan"/>, when the target's anchors are known, else when they are.
    /// </summary>
    /// <param name="source">The number of the source the link is in.</param>
    /// <param name="reference">The link, with its fragment.</param>
    /// <param name="target">The repository file (or folder) it resolved to.</param>
    /// <param name="targetId">The target's number in the inventory, or -1 (a folder).</param>
    /// <param name="builder">The source's finding builder.</param>
    /// <param name="scan">The source's scan.</param>
    public void Check(int source, RawReference reference, string target, int targetId, FindingBuilder builder, SourceScan scan)
    {
        if (reference.Fragment is null)
        {
            return;
        }

        var entry = targets.GetOrAdd(target, static _ => new Target());
        FileAnchors? anchors;
        bool known;
        lock (entry)
        {
            (known, anchors) = (entry.Known, entry.Anchors);
            var targetSource = targetId >= 0 ? sourceOf[targetId] : -1;
            if (!known && targetSource >= 0 && Volatile.Read(ref reached[targetSource]) == 0)
            {
                entry.Waiting = new Waiting(source, builder.SilencesMissingAnchor(reference.Line), reference, entry.Waiting);
                return;
            }
        }

        if (!known)
        {
            anchors = Answer(target, entry, reader.Read(target)); // passed or never scanned: read it now; the entry keeps it for later links
        }

        if (Problem(anchors, reference, target, builder.Source, builder.SilencesMissingAnchor(reference.Line)) is { } finding)
        {
            scan.Findings.Add(finding);
        }
    }

    /// <summary>As <see cref="Check"/>, for a link into the source itself, whose text is at hand (its anchors are kept for links from other files).</summary>
    public void CheckSameFile(RawReference reference, SourceText source, FindingBuilder builder, SourceScan scan)
    {
        if (reference.Fragment is null)
        {
            return;
        }

        var entry = targets.GetOrAdd(source.Path, static _ => new Target());
        FileAnchors? anchors;
        lock (entry)
        {
            anchors = entry.Known ? entry.Anchors : null;
        }

        anchors ??= Answer(source.Path, entry, reader.Compute(source.Path, source));
        if (Problem(anchors, reference, source.Path, builder.Source, builder.SilencesMissingAnchor(reference.Line)) is { } finding)
        {
            scan.Findings.Add(finding);
        }
    }

    /// <summary>Marks source <paramref name="source"/> as reached by the scan: checks into it no longer wait for it.</summary>
    public void Reached(int source) => Interlocked.Exchange(ref reached[source], 1); // a full fence: a check registered before it is seen by Scanned

    /// <summary>
    /// Answers the checks waiting for <paramref name="text"/>'s file, the scan having just read it, from that text.
    /// A file no link has asked for yet costs one look-up.
    /// </summary>
    public void Scanned(SourceText text)
    {
        if (targets.TryGetValue(text.Path, out var entry))
        {
            _ = Answer(text.Path, entry, reader.Compute(text.Path, text));
        }
    }

    /// <summary>After the scan: reads the targets whose checks still wait (a race left them), and answers them.</summary>
    public void Finish()
    {
        var open = targets.Where(t => !t.Value.Known).ToList();
        if (Threading.Parallelism.Pays(open.Count))
        {
            Parallel.ForEach(open, t => _ = Answer(t.Key, t.Value, reader.Read(t.Key)));
        }
        else
        {
            foreach (var (path, entry) in open)
            {
                _ = Answer(path, entry, reader.Read(path));
            }
        }
    }

    /// <summary>Publishes <paramref name="anchors"/> as the target's and answers the checks waiting for them; the anchors the target has (another's, when it was answered first).</summary>
    private FileAnchors? Answer(string path, Target entry, FileAnchors? anchors)
    {
        Waiting? waiting;
        lock (entry)
        {
            if (entry.Known)
            {
                return entry.Anchors;
            }

            entry.Anchors = anchors;
            entry.Known = true;
            (waiting, entry.Waiting) = (entry.Waiting, null);
        }

        for (var wait = waiting; wait is not null; wait = wait.Next)
        {
            if (Problem(anchors, wait.Reference, path, sources[wait.Source], wait.Suppressed) is { } finding)
            {
                lock (late)
                {
                    late.Add((wait.Source, finding));
                }
            }
        }

        return anchors;
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
        return FindingBuilder.MissingAnchor(source, suppressed, reference, written, problem);
    }

    /// <summary>A link target: its anchors once known, and the checks waiting for them until then (guarded by the target itself).</summary>
    private sealed class Target
    {
        public bool Known { get; set; }

        public FileAnchors? Anchors { get; set; }

        /// <summary>The last check to start waiting; each names the one before it.</summary>
        public Waiting? Waiting { get; set; }
    }

    /// <summary>A check waiting for its target's anchors: the source it is in (by number), whether a directive silences it there, and the link.</summary>
    private sealed record Waiting(int Source, bool Suppressed, RawReference Reference, Waiting? Next);
}
