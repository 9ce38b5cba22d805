using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>The inventory's name and folder indexes: every file of a name, in file order, however many share it.</summary>
public sealed class InventoryTests
{
    private static readonly string[] Paths =
    [
        "README.md", "a/run.sh", "a/README.md", "a/b/run.sh", "b/Run.sh", "c/readme.MD", "a/b/c/run.sh", "run.sh", "a/x.py",
    ];

    [Test]
    public void Names_lead_to_every_file_with_them_in_file_order()
    {
        var inventory = new Inventory(Paths);
        Assert.Multiple(() =>
        {
            Assert.That(inventory.WithName("run.sh"), Is.EqualTo(new[] { "a/run.sh", "a/b/run.sh", "a/b/c/run.sh", "run.sh" }));
            Assert.That(inventory.WithName("README.md"), Is.EqualTo(new[] { "README.md", "a/README.md" }));
            Assert.That(inventory.WithName("x.py"), Is.EqualTo(new[] { "a/x.py" }));
            Assert.That(inventory.WithName("Run.sh"), Is.EqualTo(new[] { "b/Run.sh" }));
            Assert.That(inventory.WithName("nope.sh"), Is.Empty);
            Assert.That(inventory.WithNameIgnoringCase("RUN.SH"), Is.EqualTo(new[] { "a/run.sh", "a/b/run.sh", "b/Run.sh", "a/b/c/run.sh", "run.sh" }));
            Assert.That(inventory.WithNameIgnoringCase("readme.md"), Is.EqualTo(new[] { "README.md", "a/README.md", "c/readme.MD" }));
            Assert.That(inventory.Names, Is.EqualTo(new[] { "README.md", "run.sh", "Run.sh", "readme.MD", "x.py" }), "each name once, first seen first");
        });
    }

    [Test]
    public void Folders_list_the_names_directly_in_them()
    {
        var inventory = new Inventory(Paths);
        Assert.Multiple(() =>
        {
            Assert.That(inventory.NamesIn(""), Is.EqualTo(new[] { "README.md", "run.sh" }));
            Assert.That(inventory.NamesIn("a"), Is.EqualTo(new[] { "run.sh", "README.md", "x.py" }));
            Assert.That(inventory.NamesIn("a/b"), Is.EqualTo(new[] { "run.sh" }));
            Assert.That(inventory.NamesIn("a/b/c"), Is.EqualTo(new[] { "run.sh" }));
            Assert.That(inventory.NamesIn("z"), Is.Empty);
        });
    }

    [Test]
    public void A_name_shared_by_thousands_of_files_leads_to_all_of_them()
    {
        // A chain per name, not an array copied at every file: 20,000 "index.ts" stay cheap.
        var paths = Enumerable.Range(0, 20_000).Select(i => $"pkg{i}/index.ts").ToList();
        var inventory = new Inventory(paths);
        Assert.That(inventory.WithName("index.ts"), Is.EqualTo(paths));
    }
}
