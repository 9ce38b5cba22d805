using Maia.Sre.Ci.Anchors;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// Heading text → GitHub heading ID. Every expected value was produced by github-slugger 2.0.0 (the slugger GitHub's
/// anchors are modelled on) or taken from its test fixtures; the port was also compared with it code point by code
/// point (all of U+0000–U+10FFFF agree except two capital letters whose lower case Unicode 16 added).
/// </summary>
public sealed class GitHubSlugTests
{
    [TestCase("alpha", "alpha")]
    [TestCase("bravoCharlieDelta", "bravocharliedelta")]
    [TestCase("__proto__", "__proto__")]
    [TestCase("heading with a - dash", "heading-with-a---dash")]
    [TestCase("heading with an _ underscore", "heading-with-an-_-underscore")]
    [TestCase("heading with a period.txt", "heading-with-a-periodtxt")]
    [TestCase("exchange.bind_headers(exchange, routing [, bindCallback])", "exchangebind_headersexchange-routing--bindcallback")]
    [TestCase("apostrophe’s should be trimmed", "apostrophes-should-be-trimmed")]
    [TestCase("I ♥ unicode", "i--unicode")]
    [TestCase("en–dash", "endash")]
    [TestCase("😄 unicode emoji", "-unicode-emoji")]
    [TestCase("😄-😄 unicode emoji", "--unicode-emoji")]
    [TestCase("😄_😄 unicode emoji", "_-unicode-emoji")]
    [TestCase("👍🏽 thumbs", "-thumbs")]
    [TestCase(":ok_hand: Single", "ok_hand-single")]
    [TestCase("Привет non-latin 你好", "привет-non-latin-你好")]
    [TestCase("Hello, World!", "hello-world")]
    [TestCase("C# and F#", "c-and-f")]
    [TestCase("v1.2.3 release", "v123-release")]
    [TestCase("Q&A", "qa")]
    [TestCase("50% off", "50-off")]
    [TestCase("a\tb", "ab")]
    [TestCase("foo\nbar", "foobar")]
    [TestCase("x²", "x")]
    [TestCase("Ⅻ roman", "ⅻ-roman")]
    [TestCase("Ⓐ circled", "ⓐ-circled")]
    [TestCase("🄰 squared", "🄰-squared")]
    [TestCase("  two  spaces  ", "--two--spaces--")]
    [TestCase("Ünïcödé Straße", "ünïcödé-straße")]
    [TestCase("ǅungla", "ǆungla")]
    [TestCase("İstanbul", "i̇stanbul")]
    [TestCase("ΟΔΟΣ ΣΑΣ", "οδος-σας")]
    [TestCase("aΣb", "aσb")]
    [TestCase("क्षत्रिय", "क्षत्रिय")]
    [TestCase("Émoji ✨ sparkle", "émoji--sparkle")]
    [TestCase("A/B testing", "ab-testing")]
    [TestCase("\u0870 added in Unicode 14", "-added-in-unicode-14")]
    public void Slug_matches_github_slugger(string heading, string expected) =>
        Assert.That(GitHubSlug.Of(heading), Is.EqualTo(expected));

    [Test]
    public void Repeated_headings_get_numbered_suffixes_in_document_order()
    {
        // github-slugger's fixture sequence, including headings that collide with earlier suffixed IDs.
        var counter = new SlugCounter();
        string[] headings = ["alpha", "alpha", "echo", "echo", "echo 1", "echo-1", "echo", "foxtrot-1", "foxtrot", "foxtrot", "-a-", "-a-"];
        string[] expected = ["alpha", "alpha-1", "echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2", "foxtrot-1", "foxtrot", "foxtrot-2", "-a-", "-a--1"];
        Assert.That(headings.Select(counter.Next), Is.EqualTo(expected));
    }

    [Test]
    public void Ascii_headings_take_a_shortcut_that_agrees_with_the_general_path_on_every_character()
    {
        // A trailing U+2019 (removed by the slug) sends the same text down the general, rune-by-rune path.
        for (var c = '\0'; c < '\u0080'; c++)
        {
            var ascii = $"A{c}b {c}-{c}_9";
            Assert.That(GitHubSlug.Of(ascii), Is.EqualTo(GitHubSlug.Of(ascii + "\u2019")), $"U+{(int)c:X4}");
        }
    }
}
