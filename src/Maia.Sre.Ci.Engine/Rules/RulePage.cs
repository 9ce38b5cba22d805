using System.Text;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Rules;

/// <summary>
/// A rule's documentation page, <c>docs/rules/ID.md</c>, generated from its descriptor the way ruff generates its
/// rule pages from each rule's doc comment: what it finds, why it matters, an example and its fix, fix safety, how to
/// suppress it and the settings that change it. SARIF's <c>helpUri</c>, <c>maia-sre rules --explain ID</c> and the
/// step summary point at it; a test keeps the committed pages equal to what this writes.
/// </summary>
public static class RulePage
{
    /// <summary>The repository folder of the pages.</summary>
    public const string Folder = "docs/rules";

    /// <summary>The branch the pages are linked on: the newest documentation, as the tool's home page is.</summary>
    private const string Branch = "main";

    /// <summary>The first line of every generated file, saying where to change it.</summary>
    public const string GeneratedNotice =
        "<!-- Generated from the rule's descriptor in src/Maia.Sre.Ci.Engine/Rules/ (see CONTRIBUTING.md): edit the descriptor, not this page. -->";

    /// <summary>The page's path in the repository: <c>docs/rules/MSRE1001.md</c>.</summary>
    public static string RepositoryPath(string ruleId) => $"{Folder}/{ruleId}.md";

    /// <summary>The page on the project's home (<see cref="LintEngine.Tool"/>): what SARIF <c>helpUri</c> and the step summary link to.</summary>
    public static Uri Url(string ruleId) => new($"{LintEngine.Tool.InformationUri}/blob/{Branch}/{RepositoryPath(ruleId)}");

    /// <summary>The committed file: <see cref="GeneratedNotice"/> and <see cref="Markdown"/>.</summary>
    public static string File(RuleDescriptor rule) => GeneratedNotice + "\n\n" + Markdown(rule);

    /// <summary>The page's Markdown (what <c>rules --explain</c> prints).</summary>
    public static string Markdown(RuleDescriptor rule)
    {
        var docs = rule.Docs ?? throw new InvalidOperationException($"{rule.Id} has no documentation (RuleDescriptor.Docs)");
        var md = new StringBuilder();
        md.Append("# ").Append(rule.Id).Append(": `").Append(rule.Name).Append("`\n\n");
        md.Append(rule.ShortDescription).Append("\n\n");
        md.Append("- **Rule set:** `").Append(rule.RuleSet).Append("`\n");
        md.Append("- **Default severity:** ").Append(rule.DefaultSeverity.ToName()).Append('\n');
        md.Append("- **Precision:** ").Append(rule.Precision).Append('\n');
        md.Append("- **Tags:** ").Append(string.Join(", ", rule.Tags)).Append('\n');
        md.Append("- **Baselines:** ").Append(rule.Environmental
            ? "never recorded: a finding describes the clone or the machine, so it is judged afresh on every run"
            : "recorded by `maia-sre baseline write`").Append("\n\n");
        Section(md, "What it finds", rule.FullDescription);
        Section(md, "Why it matters", docs.Why);
        md.Append("## Example\n\n");
        AppendExample(md, docs.Example);
        Section(md, "How to fix", rule.HelpMarkdown);
        Section(md, "Fix safety", docs.FixSafety);
        Section(md, "How to suppress", docs.Suppress);
        md.Append("## Settings\n\n");
        if (docs.Settings.Count == 0)
        {
            md.Append("No setting changes this rule.\n\n");
        }
        else
        {
            md.Append("| key | effect |\n| --- | --- |\n");
            foreach (var setting in docs.Settings)
            {
                md.Append("| `").Append(setting.Key).Append("` | ").Append(setting.Effect.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("Every key is in the [configuration reference](../configuration.md). [All rules](README.md).\n");
        return md.ToString();
    }

    /// <summary>The index, <c>docs/rules/README.md</c>: one row per rule, linked to its page.</summary>
    public static string Index(IEnumerable<RuleDescriptor> rules)
    {
        var md = new StringBuilder(GeneratedNotice).Append("\n\n# Rules\n\n");
        md.Append("Every rule maia-sre reports, by id. Ids are stable and never reused. `maia-sre rules` lists them and ")
          .Append("`maia-sre rules --explain ID` prints a rule's page in the terminal.\n\n");
        md.Append("| id | name | rule set | default severity | what it finds |\n| --- | --- | --- | --- | --- |\n");
        foreach (var rule in rules)
        {
            md.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | `").Append(rule.Name).Append("` | ")
              .Append(rule.RuleSet).Append(" | ").Append(rule.DefaultSeverity.ToName()).Append(" | ")
              .Append(rule.ShortDescription.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, string text) =>
        md.Append("## ").Append(title).Append("\n\n").Append(text.TrimEnd()).Append("\n\n");

    /// <summary>
    /// The example sits between disable and enable directives: its phantoms are planted on purpose, and this
    /// repository runs its own check on its documentation.
    /// </summary>
    private static void AppendExample(StringBuilder md, RuleExample example)
    {
        md.Append("<!-- maia-sre-disable -->\n");
        foreach (var file in example.Files)
        {
            md.Append('`').Append(file.Path).Append("`:\n\n```").Append(file.Language).Append('\n').Append(file.Text).Append("```\n\n");
        }

        if (example.Config is { } config)
        {
            md.Append("`.maia-sre.json`:\n\n```json\n").Append(config.TrimEnd()).Append("\n```\n\n");
        }

        if (example.Existing.Count > 0)
        {
            md.Append("The repository also has ").Append(Join(example.Existing.Select(p => $"`{p}`").ToList())).Append(".\n\n");
        }

        if (example.Needs is { } needs)
        {
            md.Append("It needs ").Append(needs.TrimEnd('.')).Append(".\n\n");
        }

        md.Append("```text\n$ ").Append(example.Command).Append('\n');
        foreach (var line in example.Output)
        {
            md.Append(line == RuleExample.Elision ? "…" : line).Append('\n');
        }

        md.Append("```\n\n").Append(example.Fix.TrimEnd()).Append("\n\n<!-- maia-sre-enable -->\n\n");
    }

    private static string Join(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
