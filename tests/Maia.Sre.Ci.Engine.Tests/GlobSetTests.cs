using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// <see cref="GlobSet"/> decides paths with its own replay of Microsoft.Extensions.FileSystemGlobbing's matching;
/// these tests hold it to the package's answers: named cases, the defaults, and many generated pattern sets.
/// </summary>
public class GlobSetTests
{
    private static readonly string[] Names = ["a", "b", "docs", "x.md", "y.sh", "ab", ".hidden", "README.md", "node_modules", "a.b.md", "Makefile"];

    private static readonly string[] PatternParts =
    [
        "a", "b", "docs", "x.md", "*", "*.md", "a*", "*a*b", "**", "**", ".", "*.*", "**.md", "*.sh", "a*.md", "node_modules",
        "*b", "ab*", "",
    ];

    [TestCase("**/*.md", "docs/x.md", true)]
    [TestCase("**/*.md", "x.md", true)]
    [TestCase("docs/**", "docs/a/b/y.sh", true)]
    [TestCase("docs/**", "docs", false)]
    [TestCase("docs/", "docs/x.md", true)]
    [TestCase("docs/*.md", "docs/a/x.md", false)]
    [TestCase(".github/workflows/*.yml", ".github/workflows/ci.yml", true)]
    [TestCase("**/a/**/b/*.md", "a/x/y/b/z.md", true)]
    [TestCase("**/a/**/b/*.md", "b/a/z.md", false)]
    [TestCase("*.*", "Makefile", true)]
    [TestCase("**.md", "a/b/x.md", true)]
    public void Matches_like_the_package(string pattern, string path, bool expected)
    {
        var set = new GlobSet([pattern]);
        Assert.Multiple(() =>
        {
            Assert.That(set.IsMatch(path), Is.EqualTo(expected), "replay");
            Assert.That(set.FilterWithPackage([path]).Count == 1, Is.EqualTo(expected), "package");
        });
    }

    [Test]
    public void Default_sources_and_excludes_agree_with_the_package()
    {
        var paths = Paths(new Random(7), 3000)
            .Concat(["node_modules/x/README.md", "a/bin/x.sh", "vendor/y.md", ".github/workflows/ci.yml", "a/package-lock.json", ".cursor/rules/x.mdc"])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var set = new GlobSet(PhantomDefaults.Sources, PhantomDefaults.Exclude);
        Assert.That(set.Filter(paths), Is.EqualTo(set.FilterWithPackage(paths)));
    }

    [Test]
    public void Generated_pattern_sets_agree_with_the_package()
    {
        var random = new Random(20261126);
        var disagreements = new List<string>();
        for (var round = 0; round < 1500 && disagreements.Count < 5; round++)
        {
            var includes = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pattern(random)).ToList();
            var excludes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pattern(random)).ToList();
            var paths = Paths(random, 60).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var set = new GlobSet(includes, excludes);
            var replay = set.Filter(paths);
            var package = set.FilterWithPackage(paths);
            if (!replay.SequenceEqual(package))
            {
                var differ = paths.Where(p => replay.Contains(p) != package.Contains(p)).Take(3);
                disagreements.Add($"include [{string.Join(", ", includes)}] exclude [{string.Join(", ", excludes)}]: {string.Join(", ", differ)}");
            }
        }

        Assert.That(disagreements, Is.Empty);
    }

    private static string Pattern(Random random)
    {
        var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => PatternParts[random.Next(PatternParts.Length)]);
        var pattern = string.Join('/', parts);
        return random.Next(8) == 0 ? pattern + "/" : pattern;
    }

    private static IEnumerable<string> Paths(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return string.Join('/', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Names[random.Next(Names.Length)]));
        }
    }
}
