using Maia.Sre.Ci.Anchors;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>Inline Markdown in a heading → the text GitHub slugs.</summary>
public sealed class HeadingTextTests
{
    [TestCase("The `config` file", "The config file")]
    [TestCase("``a ` b``", "a ` b")]
    [TestCase("[Read the docs](https://example.com/x) first", "Read the docs first")]
    [TestCase("![logo](img/logo.png) Brand", "logo Brand")]
    [TestCase("[text][ref] after", "text after")]
    [TestCase("**Bold** and *italic* and ~~gone~~", "**Bold** and *italic* and ~~gone~~")]
    [TestCase("_emphasis_ and __strong__", "emphasis and strong")]
    [TestCase("snake_case_name", "snake_case_name")]
    [TestCase("__init__.py", "init.py")]
    [TestCase("a _ b", "a _ b")]
    [TestCase("`__init__` stays", "__init__ stays")]
    [TestCase("Centered <em>title</em>", "Centered title")]
    [TestCase("<a name=\"x\"></a> Legacy", " Legacy")]
    [TestCase("Fish &amp; chips &#x20;", "Fish & chips  ")]
    [TestCase("Escaped \\_under\\_", "Escaped _under_")]
    [TestCase("See <https://example.com>", "See https://example.com")]
    [TestCase("Unclosed [bracket and `tick", "Unclosed [bracket and `tick")]
    public void Plain_text_is_what_GitHub_renders(string markdown, string expected) =>
        Assert.That(HeadingText.Plain(markdown), Is.EqualTo(expected));

    [TestCase("The `config` file", "the-config-file")]
    [TestCase("**Bold** move", "bold-move")]
    [TestCase("_Why_ it matters", "why-it-matters")]
    [TestCase("[API](api.md) reference", "api-reference")]
    public void Formatting_never_reaches_the_slug(string markdown, string slug) =>
        Assert.That(GitHubSlug.Of(HeadingText.Plain(markdown)), Is.EqualTo(slug));

    [Test]
    public void Headings_without_markup_skip_the_renderer_and_give_what_it_gives()
    {
        var alphabet = "ab Z09-.,:;!?*~#()'\"é–🙂\\`[]<>&_/".ToCharArray();
        var random = new Random(11262026);
        var differences = new List<string>();
        for (var n = 0; n < 20_000; n++)
        {
            var heading = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (HeadingText.Plain(heading) != HeadingText.Rendered(heading))
            {
                differences.Add(heading);
            }
        }

        Assert.That(differences, Is.Empty);
    }
}
