using System.Collections;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// The phantom rule's check of each source, made when read rather than kept: a large run has one per source, and
/// making them all at the end of the scan, when every result is alive, was megabytes more for the collector there.
/// </summary>
internal sealed class SourceChecks(IReadOnlyList<string> sources) : IReadOnlyList<Check>
{
    /// <inheritdoc/>
    public int Count => sources.Count;

    /// <inheritdoc/>
    public Check this[int index] => new(RuleSets.Phantoms, RuleIds.PhantomReference, sources[index]);

    /// <inheritdoc/>
    public IEnumerator<Check> GetEnumerator()
    {
        for (var i = 0; i < sources.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
