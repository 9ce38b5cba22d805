using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// <see cref="WildcardSet"/>, which tries a text only against the patterns filed under its first character, answers
/// exactly what trying every pattern in turn answers.
/// </summary>
public sealed class WildcardSetTests
{
    private static readonly string[] Pieces = ["a", "x", "X", "k", "K", "\u212A", "é", "É", "/", ".", "_", "-", "*", "?", "<", ">", "{", "}", "path", "to", "your", "foo", "example", "sh", "py"];

    [TestCase("tool_name.py", true)]
    [TestCase("TOOL_NAME.PY", true)]
    [TestCase("tools/deploy.sh", false)]
    [TestCase("xxx_backup.sh", true)]
    [TestCase("run-xxx.sh", true)]
    [TestCase("<script>.py", true)]
    [TestCase("", false)]
    public void Default_placeholders(string text, bool expected)
    {
        Assert.That(new WildcardSet(PhantomDefaults.Placeholders).AnyMatch(text), Is.EqualTo(expected));
    }

    [Test]
    public void A_non_ascii_first_letter_is_tried_against_every_pattern()
    {
        // The Kelvin sign lower-cases to an ASCII 'k', so it can match a pattern filed under 'k'.
        Assert.Multiple(() =>
        {
            Assert.That(new WildcardSet(["k*"]).AnyMatch("\u212Aelvin"), Is.EqualTo(new WildcardPattern("k*").IsMatch("\u212Aelvin")));
            Assert.That(new WildcardSet(["é*"]).AnyMatch("École"), Is.True);
            Assert.That(new WildcardSet(["é*"]).AnyMatch("ecole"), Is.False);
        });
    }

    [Test]
    public void No_patterns_match_nothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new WildcardSet([]).AnyMatch("anything"), Is.False);
            Assert.That(new WildcardSet([]).AnyMatch(""), Is.False);
            Assert.That(new WildcardSet(["*"]).AnyMatch(""), Is.True);
        });
    }

    [Test]
    public void Generated_patterns_and_texts_match_as_every_pattern_in_turn_does()
    {
        var random = new Random(2611);
        var differences = new List<string>();
        for (var set = 0; set < 300; set++)
        {
            var patterns = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Make(random, 4)).ToList();
            if (set % 3 == 0)
            {
                patterns.AddRange(PhantomDefaults.Placeholders);
            }

            var wildcards = patterns.Select(p => new WildcardPattern(p)).ToArray();
            var indexed = new WildcardSet(patterns);
            for (var t = 0; t < 200; t++)
            {
                var text = Make(random, 6).Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal);
                if (indexed.AnyMatch(text) != WildcardPattern.AnyMatch(wildcards, text))
                {
                    differences.Add($"[{string.Join(", ", patterns)}] on '{text}'");
                }
            }
        }

        Assert.That(differences, Is.Empty);
    }

    private static string Make(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, random.Next(0, pieces + 1)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
