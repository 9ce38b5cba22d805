using System.Text;
using Maia.Sre.Ci.Services.Plist;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>XML and binary property lists (written by Python's plistlib, see tests/Data/plists) and bad input.</summary>
public sealed class PlistReaderTests
{
    private static byte[] Data(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "Data", "plists", name));

    [Test]
    public void Binary_and_xml_versions_of_the_same_dictionary_read_the_same()
    {
        var (xml, xmlError) = PlistParser.Parse(Data("rich.xml.plist"));
        var (binary, binaryError) = PlistParser.Parse(Data("rich.binary.plist"));
        Assert.That(xmlError, Is.Null);
        Assert.That(binaryError, Is.Null);
        Assert.That(Dump(binary!), Is.EqualTo(Dump(xml!)));

        var dict = (PlistDict)binary!;
        Assert.That(dict.GetString("Label"), Is.EqualTo("com.example.rich"));
        Assert.That(((PlistArray)dict.Get("ProgramArguments")!).Items[2], Is.EqualTo(new PlistString("--naïve ✓")));
        Assert.That(dict.Get("Big"), Is.EqualTo(new PlistInteger(1L << 40)));
        Assert.That(dict.Get("Negative"), Is.EqualTo(new PlistInteger(-5)));
        Assert.That(dict.Get("When"), Is.EqualTo(new PlistDate(new DateTimeOffset(2025, 11, 25, 10, 30, 0, TimeSpan.Zero))));
        Assert.That(dict.Get("Blob"), Is.EqualTo(new PlistData(5)));
    }

    [Test]
    public void Xml_values_carry_their_line_and_column()
    {
        var dict = (PlistDict)PlistParser.Parse(Data("rich.xml.plist")).Root!;
        var label = dict.Get("Label")!;
        Assert.That((label.Line, label.Column), Is.Not.EqualTo((0, 0)));
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Data", "plists", "rich.xml.plist"));
        Assert.That(lines[label.Line - 1][(label.Column - 2)..], Does.StartWith("<string>com.example.rich"));
    }

    [Test]
    public void Every_truncation_and_corruption_of_a_binary_plist_is_an_error_or_a_value_never_an_exception()
    {
        var bytes = Data("rich.binary.plist");
        var errors = 0;
        for (var length = 0; length < bytes.Length; length++)
        {
            errors += PlistParser.Parse(bytes[..length]).Error is null ? 0 : 1;
        }

        Assert.That(errors, Is.EqualTo(bytes.Length), "every strict prefix lacks the trailer");
        for (var i = 8; i < bytes.Length; i++)
        {
            foreach (var value in new byte[] { 0x00, 0xFF, 0xAF, 0xDF, 0x5F })
            {
                var copy = (byte[])bytes.Clone();
                copy[i] = value;
                Assert.DoesNotThrow(() => PlistParser.Parse(copy), $"byte {i} set to {value:x2}");
            }
        }
    }

    [Test]
    public void A_self_referencing_binary_array_is_reported_not_followed_forever()
    {
        // bplist00, one array object (0xA1) whose single element is itself (ref 0); offset table; trailer.
        byte[] body = [.. "bplist00"u8, 0xA1, 0x00, 0x08];
        var trailer = new byte[32];
        trailer[6] = 1;
        trailer[7] = 1;
        trailer[15] = 1;     // one object
        trailer[31] = 10;    // offset table at byte 10
        var (root, error) = PlistParser.Parse([.. body, .. trailer]);
        Assert.That(root, Is.Null);
        Assert.That(error!.Message, Does.Contain("nests deeper"));
    }

    [TestCase("<plist><dict><key>A</key></dict></plist>", "has no value", 1)]
    [TestCase("<plist><dict><string>x</string></dict></plist>", "expects <key>", 1)]
    [TestCase("<plist><integer>seven</integer></plist>", "not a whole number", 1)]
    [TestCase("<html/>", "root element must be <plist>", 1)]
    [TestCase("<plist>\n<dict>\n<key>A</key>\n<string>x</dict>\n</plist>", "not well-formed", 4)]
    public void Bad_xml_is_an_error_with_a_position(string xml, string message, int line)
    {
        var (root, error) = PlistParser.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.That(root, Is.Null);
        Assert.That(error!.Message, Does.Contain(message));
        Assert.That(error.Line, Is.EqualTo(line));
    }

    [Test]
    public void Deep_xml_nesting_is_refused()
    {
        var xml = "<plist>" + string.Concat(Enumerable.Repeat("<array>", 100)) + string.Concat(Enumerable.Repeat("</array>", 100)) + "</plist>";
        Assert.That(PlistParser.Parse(Encoding.UTF8.GetBytes(xml)).Error!.Message, Does.Contain("nests deeper"));
    }

    private static string Dump(PlistNode node) => node switch
    {
        PlistDict d => "{" + string.Join(",", d.Entries.Select(e => e.Key + ":" + Dump(e.Value))) + "}",
        PlistArray a => "[" + string.Join(",", a.Items.Select(Dump)) + "]",
        PlistString s => "s:" + s.Value,
        PlistInteger i => "i:" + i.Value,
        PlistReal r => "r:" + r.Value,
        PlistBool b => "b:" + b.Value,
        PlistDate t => "d:" + t.Value.ToUnixTimeSeconds(),
        PlistData b => "data:" + b.Length,
        _ => "?",
    };
}
