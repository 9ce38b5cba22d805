using Maia.Sre.Ci.Analysis;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>What the text just before a token says about it.</summary>
/// <remarks>The kinds are named as text: the enum is internal to the engine.</remarks>
public sealed class ReferencePrefixTests
{
    [TestCase("Run <code>scripts/a.sh</code>", "scripts/a.sh", "Plain")]
    [TestCase("<KBD>a.sh</KBD>", "a.sh", "Plain")]
    [TestCase("<td class=\"c\">tools/x.py</td>", "tools/x.py", "Plain")]
    [TestCase("</summary>x.py", "x.py", "Plain")]
    [TestCase("<b>x.py</b>", "x.py", "Plain")]
    [TestCase("<bb>x.py", "x.py", "Placeholder")]
    [TestCase("<script-dir>/x.sh", "/x.sh", "Placeholder")]
    [TestCase("<codes>x.py", "x.py", "Placeholder")]
    [TestCase("a > x.py", "x.py", "Plain")]
    [TestCase("a >x.py", "x.py", "Plain")]
    [TestCase("[dir]x.py", "x.py", "Placeholder")]
    [TestCase("ls *x.py", "x.py", "Glob")]
    [TestCase("\"$(dirname \"$0\")/x.sh\"", "/x.sh", "ScriptDir")]
    [TestCase("$(pwd)/x.sh", "/x.sh", "Computed")]
    [TestCase("x.py", "x.py", "Plain")]
    public void Classifies_the_token_by_what_precedes_it(string line, string token, string expected)
    {
        var start = line.IndexOf(token, StringComparison.Ordinal);
        Assert.That(ReferencePrefix.Classify(line, start, token).ToString(), Is.EqualTo(expected));
    }
}
