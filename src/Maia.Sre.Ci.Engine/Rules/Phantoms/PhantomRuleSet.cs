using Maia.Sre.Ci.Analysis;

namespace Maia.Sre.Ci.Rules.Phantoms;

/// <summary>The <c>phantoms</c> rule set: MSRE1001–MSRE1007.</summary>
public sealed class PhantomRuleSet : IRuleSet
{
    /// <inheritdoc/>
    public string Name => RuleSets.Phantoms;

    /// <inheritdoc/>
    public RuleSetResult Run(RuleSetContext context, CancellationToken cancellation)
    {
        var result = new PhantomAnalyzer(context.Request.Config.Phantoms, context.History).Run(context.Files, context.Request.NarrowTo, context.Changes, cancellation);
        return new RuleSetResult { Findings = result.Findings, Checks = result.Checks, Details = result.Figures };
    }
}
