using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary><c>maia-sre rules --explain ID</c> prints the rule's page, as committed in <c>docs/rules/</c>, and its address.</summary>
public sealed class RulesExplainTests
{
    [TestCase("MSRE1001")]
    [TestCase("msre1001")]
    [TestCase("phantom-reference")]
    public void Explain_prints_the_page_of_a_rule_named_by_id_or_name(string name)
    {
        var outcome = CliHarness.InProcess(Path.GetTempPath(), "rules", "--explain", name);
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "MSRE1001.md"));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
            Assert.That(page, Does.EndWith(outcome.Out[..outcome.Out.LastIndexOf("\nOnline: ", StringComparison.Ordinal)]), "the committed page, below its generated-file notice");
            Assert.That(outcome.Out, Does.StartWith("# MSRE1001: `phantom-reference`\n"));
            Assert.That(outcome.Out, Does.EndWith("\nOnline: https://github.com/maia-sre/Maia.Sre.Ci/blob/main/docs/rules/MSRE1001.md\n"));
        });
    }

    [Test]
    public void An_unknown_rule_is_a_usage_error_with_a_suggestion()
    {
        var outcome = CliHarness.InProcess(Path.GetTempPath(), "rules", "--explain", "MSRE1010");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.StartWith("maia-sre: option '--explain': no rule 'MSRE1010' ('maia-sre rules' lists them); did you mean 'MSRE1001'?"));
    }

    [Test]
    public void A_rule_given_as_an_argument_points_at_explain()
    {
        var outcome = CliHarness.InProcess(Path.GetTempPath(), "rules", "MSRE1006");
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.StartWith("maia-sre: 'rules' takes no arguments, got 'MSRE1006'; to explain a rule: maia-sre rules --explain MSRE1006"));
    }

    [Test]
    public void Every_rule_can_be_explained()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var outcome = CliHarness.InProcess(Path.GetTempPath(), "rules", "--explain", rule.Id);
            Assert.That((outcome.ExitCode, outcome.Out.Contains("## How to suppress", StringComparison.Ordinal)), Is.EqualTo((0, true)), rule.Id + outcome.Error);
        }
    }
}

/// <summary>SARIF's <c>helpUri</c> of every rule names its page, and the page exists in this repository.</summary>
public sealed class SarifHelpUriTests
{
    [Test]
    public void Every_rule_in_a_sarif_report_links_to_a_page_that_exists()
    {
        using var repo = new TempRepo().InitGit();
        repo.Write("README.md", "# App\n");
        var outcome = CliHarness.InProcess(repo.Root, "check", "--root", repo.Root, "--sarif", "-");
        using var sarif = System.Text.Json.JsonDocument.Parse(outcome.Out);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        const string Base = "https://github.com/maia-sre/Maia.Sre.Ci/blob/main/";
        Assert.That(rules, Has.Count.EqualTo(RuleCatalog.All.Count(r => r.RuleSet != ConfigurationErrorRule.Set)), "every rule of the rule sets run");
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString();
            var help = rule.GetProperty("helpUri").GetString()!;
            Assert.That(help, Is.EqualTo($"{Base}docs/rules/{id}.md"));
            Assert.That(Path.Combine(RepoPaths.Root, help[Base.Length..]), Does.Exist);
        }
    }
}
