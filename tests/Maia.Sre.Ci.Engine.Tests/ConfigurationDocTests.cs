using System.Text.RegularExpressions;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// <c>docs/configuration.md</c> is the configuration reference: its tables name every setting the JSON schema defines,
/// and nothing the schema does not, so the two cannot drift apart.
/// </summary>
public sealed partial class ConfigurationDocTests
{
    [Test]
    public void The_reference_documents_exactly_the_settings_of_the_json_schema()
    {
        var keys = RulePageTests.SchemaKeys();
        var settings = keys.Where(k => !keys.Any(other => other.StartsWith(k + ".", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
        var documented = KeyRow().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(documented, Is.Unique, "each setting has one row");
            Assert.That(settings.Except(documented), Is.Empty, "settings of schema/maia-sre.schema.json missing from docs/configuration.md");
            Assert.That(documented.Except(settings), Is.Empty, "rows of docs/configuration.md that the schema does not define");
        });
    }

    [GeneratedRegex(@"^\| `([A-Za-z]+(?:\.[A-Za-z]+)+)` \|", RegexOptions.Multiline)]
    private static partial Regex KeyRow();
}
