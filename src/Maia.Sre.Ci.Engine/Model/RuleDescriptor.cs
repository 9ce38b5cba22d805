namespace Maia.Sre.Ci.Model;

/// <summary>
/// Everything a report needs to know about a rule: it feeds <c>maia-sre rules</c>, SARIF <c>rules[]</c>,
/// JUnit test names and the documentation. IDs are stable and never reused.
/// </summary>
/// <param name="Id">Stable code such as <c>MSRE1001</c>.</param>
/// <param name="Name">Kebab-case name such as <c>phantom-reference</c>.</param>
/// <param name="RuleSet">The rule set it belongs to: <c>phantoms</c>, <c>preflight</c> or <c>services</c>.</param>
/// <param name="DefaultSeverity">Severity when nothing raises or lowers it.</param>
/// <param name="ShortDescription">One sentence.</param>
/// <param name="FullDescription">What it checks and why it matters (under 1,024 characters).</param>
/// <param name="HelpText">How to fix a finding, plain text.</param>
/// <param name="HelpMarkdown">How to fix a finding, Markdown.</param>
/// <param name="Tags">Tags for code scanning filters.</param>
/// <param name="Precision">SARIF precision: <c>very-high</c>, <c>high</c>, <c>medium</c> or <c>low</c>.</param>
/// <param name="Environmental">
/// True when its findings describe the clone or the machine (git state, tools, disk, live services), not the
/// repository's content: they are judged afresh on every run and never go into a baseline.
/// </param>
/// <param name="Docs">The rest of the rule's page (why, example, fix safety, suppression, settings); every rule has it.</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string RuleSet,
    Severity DefaultSeverity,
    string ShortDescription,
    string FullDescription,
    string HelpText,
    string HelpMarkdown,
    IReadOnlyList<string> Tags,
    string Precision = "high",
    bool Environmental = false,
    RuleDocs? Docs = null);
