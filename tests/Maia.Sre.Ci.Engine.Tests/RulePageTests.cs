using System.Text.Json;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The rule pages in <c>docs/rules/</c> are what <see cref="RulePage"/> writes from the descriptors, so a descriptor and its
/// page cannot disagree: change the descriptor, then <c>UPDATE_GOLDEN=1</c> rewrites the pages (review the diff).
/// </summary>
public sealed class RulePageTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "docs", "rules");

    private static IEnumerable<string> RuleIds() => RuleCatalog.All.Select(r => r.Id);

    [TestCaseSource(nameof(RuleIds))]
    public void The_committed_page_is_the_one_the_descriptor_generates(string id)
    {
        var rule = RuleCatalog.Get(id);
        Assert.That(rule.Docs, Is.Not.Null, $"{id} needs its Docs (why, example, fix safety, suppression, settings)");
        var expected = RulePage.File(rule);
        var path = Path.Combine(RepoPaths.Root, RulePage.RepositoryPath(id));
        if (RepoPaths.UpdateGolden)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing: UPDATE_GOLDEN=1 writes it");
        Assert.That(File.ReadAllText(path), Is.EqualTo(expected), $"{path} differs from {id}'s descriptor: edit the descriptor, then UPDATE_GOLDEN=1 rewrites the page");
    }

    [Test]
    public void The_index_lists_every_rule_and_the_folder_holds_no_other_page()
    {
        var index = Path.Combine(Folder, "README.md");
        var expected = RulePage.Index(RuleCatalog.All);
        if (RepoPaths.UpdateGolden)
        {
            File.WriteAllText(index, expected);
        }

        Assert.That(File.ReadAllText(index), Is.EqualTo(expected), "UPDATE_GOLDEN=1 rewrites docs/rules/README.md");
        var pages = Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(pages, Is.EqualTo(RuleIds().Select(id => id + ".md").Append("README.md").Order(StringComparer.Ordinal)), "a page for every rule and nothing else (a removed rule's page goes with it)");
    }

    [Test]
    public void Every_rule_file_is_in_the_catalog()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Maia.Sre.Ci.Engine", "Rules"), "MSRE*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(f)[..8]).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(RuleIds()), "every Rules/*/MSRExxxx.Name.cs descriptor is in RuleCatalog.All, so it gets a page");
    }

    [TestCaseSource(nameof(RuleIds))]
    public void Every_setting_a_page_names_is_a_key_of_the_json_schema(string id)
    {
        var keys = SchemaKeys();
        var settings = RuleCatalog.Get(id).Docs!.Settings.Select(s => s.Key);
        Assert.That(settings.Where(k => !keys.Contains(k)), Is.Empty, "keys missing from schema/maia-sre.schema.json");
    }

    [TestCaseSource(nameof(RuleIds))]
    public void The_example_shows_the_rule_and_the_page_links_stay_in_the_documentation(string id)
    {
        var rule = RuleCatalog.Get(id);
        var example = rule.Docs!.Example;
        Assert.Multiple(() =>
        {
            Assert.That(example.Command, Does.StartWith("maia-sre "));
            Assert.That(example.Output.Any(l => l.Contains(id, StringComparison.Ordinal)), Is.True, "the example prints the rule's own finding or check");
            Assert.That(rule.FullDescription.Length, Is.LessThanOrEqualTo(1024), "GitHub's limit for fullDescription");
            Assert.That(RulePage.Url(id).AbsoluteUri, Is.EqualTo($"https://github.com/maia-sre/Maia.Sre.Ci/blob/main/docs/rules/{id}.md"), "the project's RepositoryUrl (Directory.Build.props)");
        });
    }

    /// <summary>Every property path the schema defines, dotted (<c>phantoms.history.maxCommits</c>).</summary>
    internal static HashSet<string> SchemaKeys()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "maia-sre.schema.json")));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Walk(schema.RootElement, "");
        return keys;

        void Walk(JsonElement node, string prefix)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("properties", out var properties))
            {
                return;
            }

            foreach (var property in properties.EnumerateObject().Where(p => p.Name != "$schema"))
            {
                keys.Add(prefix + property.Name);
                Walk(property.Value, prefix + property.Name + ".");
            }
        }
    }
}
