using Maia.Sre.Ci.Anchors;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Checks the fragments of links that resolved (<c>x.md#setup</c>) and of same-file links (<c>#setup</c>).</summary>
internal sealed class AnchorFindings
{
    private readonly AnchorIndex index;

    public AnchorFindings(AnchorIndex index) => this.index = index;

    /// <summary>Adds a finding when <paramref name="reference"/>'s fragment is missing from <paramref name="target"/>.</summary>
    public void Check(RawReference reference, string target, FindingBuilder builder, SourceScan scan) =>
        Check(reference, target, null, builder, scan);

    /// <summary>As <see cref="Check(RawReference, string, FindingBuilder, SourceScan)"/>, for a link into the source itself, whose text is at hand.</summary>
    public void CheckSameFile(RawReference reference, SourceText source, FindingBuilder builder, SourceScan scan) =>
        Check(reference, source.Path, source, builder, scan);

    private void Check(RawReference reference, string target, SourceText? text, FindingBuilder builder, SourceScan scan)
    {
        var anchors = reference.Fragment is null ? null : text is not null ? index.For(target, text) : index.For(target);
        if (reference.Fragment is not { } fragment || anchors is null)
        {
            return; // no fragment, a folder, or unreadable
        }

        var problem = AnchorCheck.Check(anchors, target, fragment, reference.PlainView);
        if (problem is null)
        {
            return;
        }

        var written = reference.Kind == ReferenceKind.Anchor ? reference.Text : reference.Text + "#" + fragment;
        scan.Findings.Add(builder.MissingAnchor(reference, written, $"'{written}': {problem.Message}", problem.Suggestion));
    }
}
