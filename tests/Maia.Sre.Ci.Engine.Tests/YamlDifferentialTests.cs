using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The YAML extractor against YamlDotNet's representation model on real CI files (<c>tests/Data/yaml-corpus</c>, and
/// any folder of repositories named by MAIA_YAML_CORPUS, such as the ecosystem-check checkouts): every script the
/// model holds is the text the extractor scans, and every character of it and every reference in it is placed where
/// it is written. Generated inputs are in <see cref="YamlGeneratedTests"/>.
/// </summary>
public sealed class YamlDifferentialTests
{
    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "Data", "yaml-corpus");

    /// <summary>Every CI YAML file of the corpus, as (corpus folder, path in its repository).</summary>
    public static IEnumerable<TestCaseData> Files() =>
        Roots().SelectMany(root => Directory.EnumerateDirectories(root).SelectMany(repo =>
            Directory.EnumerateFiles(repo, "*.y*ml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(repo, f).Replace('\\', '/'))
                .Where(f => !f.Contains("node_modules/", StringComparison.Ordinal) && YamlExtractor.For(f) is not null && IsInOracle(f))
                .Order(StringComparer.Ordinal)
                .Select(f => new TestCaseData(repo, f).SetArgDisplayNames(Path.GetFileName(repo) + "/" + f))));

    [Test]
    public void The_corpus_has_workflows_actions_and_other_ci_files()
    {
        var files = Files().Select(c => (string)c.Arguments[1]!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(files.Count(f => f.StartsWith(".github/workflows/", StringComparison.Ordinal)), Is.GreaterThan(80));
            Assert.That(files.Count(f => f.EndsWith("action.yml", StringComparison.Ordinal) || f.EndsWith("action.yaml", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(3));
            Assert.That(files.Count(f => f.Contains("pre-commit", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(3));
            Assert.That(files.Count(f => f.Contains("azure-pipelines", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(1));
        });
    }

    [TestCaseSource(nameof(Files))]
    public void Every_script_is_scanned_as_yaml_reads_it_and_placed_where_it_is_written(string repo, string path)
    {
        var content = File.ReadAllText(Path.Combine(repo, path));
        using var text = new SourceText(path, content);
        var expected = YamlOracle.Scripts(path, content);
        var actual = YamlOracle.Extracted(text, out var scripts);
        Assert.That(actual, Is.EqualTo(expected), "the scripts (value, start) the extractor scans are the representation model's");

        var misplaced = scripts.Scripts.Select(s => YamlOracle.Misplaced(text, s.Scalar)).Where(m => m is not null).ToList();
        Assert.That(misplaced, Is.Empty);

        var output = new ExtractionOutput();
        YamlExtractor.For(path)!.Extract(text, YamlOracle.Extensions, output);
        Assert.That(YamlOracle.MisplacedReference(text, output), Is.Null);
    }

    private static IEnumerable<string> Roots()
    {
        yield return Corpus;
        if (Environment.GetEnvironmentVariable("MAIA_YAML_CORPUS") is { Length: > 0 } more)
        {
            yield return more;
        }
    }

    /// <summary>Files the oracle knows how to read (GitLab, CircleCI, Bitbucket and Task have generated and unit tests only).</summary>
    private static bool IsInOracle(string path) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) || Path.GetFileName(path) is "action.yml" or "action.yaml" or ".pre-commit-config.yaml" or ".pre-commit-hooks.yaml"
        || Path.GetFileName(path).StartsWith("azure-pipelines", StringComparison.Ordinal);
}
