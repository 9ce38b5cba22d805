using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Rules;

/// <summary>A family of rules run together (<c>phantoms</c>, <c>preflight</c>, <c>services</c>).</summary>
public interface IRuleSet
{
    /// <summary>The rule set's name, as used in <c>--rule-sets</c> and reports.</summary>
    string Name { get; }

    /// <summary>Runs the rules and returns what they found.</summary>
    RuleSetResult Run(RuleSetContext context, CancellationToken cancellation);
}

/// <summary>What every rule set gets: the request and the repository's files (listed once, shared).</summary>
/// <param name="Request">The host's request.</param>
/// <param name="Files">The repository's files.</param>
public sealed record RuleSetContext(LintRequest Request, WorkspaceFiles Files)
{
    /// <summary>In pull-request mode (<see cref="LintRequest.ChangedSince"/>), what the change did; rule sets narrow their findings to it.</summary>
    public ChangeSet? Changes { get; init; }

    /// <summary>The repository's history, read when a phantom first asks where its file went.</summary>
    public History.FileHistory? History { get; init; }
}

/// <summary>What a rule set produced.</summary>
public sealed record RuleSetResult
{
    /// <summary>Findings, in any order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Everything checked, passed or not.</summary>
    public IReadOnlyList<Check> Checks { get; init; } = [];

    /// <summary>Figures added to the report summary, in order (e.g. <c>checks</c>, <c>passed</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Summary { get; init; } = [];

    /// <summary>Rule-set specific data for writers that know it (e.g. <see cref="Analysis.PhantomFigures"/>).</summary>
    public object? Details { get; init; }
}
