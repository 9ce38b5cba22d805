using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>The report order of findings against LINQ's stable multi-key sort, on generated findings full of ties.</summary>
public sealed class FindingOrderTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(50)]
    [TestCase(5_000)]
    public void Sorting_matches_a_stable_five_key_sort(int count)
    {
        var random = new Random(count + 3);
        var findings = Enumerable.Range(0, count).Select(i => Generate(random, i)).ToList();
        var expected = findings
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

        var sorted = LintEngine.Sort(findings);
        Assert.That(sorted, Is.EqualTo(expected).Using<Finding>(ReferenceEquals), "same instances in the same order, ties in found order");

        // Sorting again (the already-sorted path) changes nothing.
        var again = sorted.ToList();
        FindingOrder.Sort(again);
        Assert.That(again, Is.EqualTo(expected).Using<Finding>(ReferenceEquals));
    }

    [Test]
    public void Ties_keep_the_order_they_were_found_in()
    {
        var first = Make("a.md", 1, 1, "MAIA001", "m") with { Suggestion = "first" };
        var second = first with { Suggestion = "second" };
        var earlier = Make("a.md", 1, 0, "MAIA001", "m");
        var list = new List<Finding> { first, second, earlier };
        FindingOrder.Sort(list);
        Assert.That(list, Is.EqualTo(new[] { earlier, first, second }).Using<Finding>(ReferenceEquals));
    }

    private static Finding Generate(Random random, int i)
    {
        var finding = Make(
            new[] { "a.md", "b/c.md", "B.md", "a.md.txt", "é.md" }[random.Next(5)],
            random.Next(1, 4),
            random.Next(1, 3),
            new[] { "MAIA001", "MAIA002", "MAIA010" }[random.Next(3)],
            new[] { "x", "y", "Y" }[random.Next(3)]);
        return finding with { Suggestion = i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private static Finding Make(string file, int line, int column, string rule, string message) =>
        new() { File = file, Line = line, Column = column, RuleId = rule, RuleName = "r", Severity = Severity.Warning, Message = message };
}
