using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// <see cref="SourceText"/>'s lines against a plain character-by-character split, on texts whose terminators fall on
/// both sides of the 16-character blocks the splitter reads at once.
/// </summary>
public sealed class LineSplittingTests
{
    private static readonly string[] Pieces = ["a", "bc", "é", "\n", "\r", "\r\n", "\n\r", "0123456789abcde", "\t", " ", "🙂"];

    [TestCase("", new string[0])]
    [TestCase("\n", new[] { "" })]
    [TestCase("a", new[] { "a" })]
    [TestCase("0123456789abcdef\r\n0123456789abcde\r", new[] { "0123456789abcdef", "0123456789abcde" })]
    [TestCase("0123456789abcde\r\nx", new[] { "0123456789abcde", "x" })]
    [TestCase("\r\r\n\n", new[] { "", "", "" })]
    public void Named_texts(string text, string[] expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Split(text), Is.EqualTo(expected));
            Assert.That(Reference(text), Is.EqualTo(expected), "the reference split agrees");
        });
    }

    [Test]
    public void Generated_texts_split_as_the_reference_does()
    {
        var random = new Random(26112026);
        var differences = new List<string>();
        for (var n = 0; n < 5_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            if (!Split(text).SequenceEqual(Reference(text)))
            {
                differences.Add(text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
            }
        }

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void Decoded_text_splits_as_the_string_does()
    {
        var text = "# Title\r\n\r\nRun `tools/a.sh`.\n" + new string('x', 40) + "\rlast";
        using var decoded = SourceText.Decode("a.md", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.That(Enumerable.Range(0, decoded.LineCount).Select(i => decoded.Line(i).ToString()), Is.EqualTo(Reference(text)));
    }

    [Test]
    public void A_large_decoded_text_held_outside_the_collected_heap_splits_as_the_string_does()
    {
        // Over 64 KiB of characters and of line table: both live in native memory (ScratchBuffer).
        var random = new Random(11);
        var text = string.Concat(Enumerable.Range(0, 60_000).Select(_ => Pieces[random.Next(Pieces.Length)]));
        using var decoded = SourceText.Decode("big.md", System.Text.Encoding.UTF8.GetBytes(text));
        var lines = Enumerable.Range(0, decoded.LineCount).Select(i => decoded.Line(i).ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(Reference(text)));
            Assert.That(decoded.Lines[decoded.LineCount - 1], Is.EqualTo(lines[^1]));
        });
    }

    private static List<string> Split(string text)
    {
        var source = new SourceText("f", text);
        return Enumerable.Range(0, source.LineCount).Select(i => source.Line(i).ToString()).ToList();
    }

    /// <summary>LF, CRLF and lone CR end a line; a final terminator does not start another.</summary>
    private static List<string> Reference(string text)
    {
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(current.ToString());
                current.Clear();
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                current.Append(text[i]);
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}
