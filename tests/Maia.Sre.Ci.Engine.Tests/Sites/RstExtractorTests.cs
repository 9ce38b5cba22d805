using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests.Sites;

/// <summary>reStructuredText sources: which references each construct gives, of what kind and role, and where.</summary>
public sealed class RstExtractorTests
{
    private static List<RawReference> Extract(string rst)
    {
        var output = new ExtractionOutput();
        RstExtractor.Instance.Extract(new SourceText("docs/page.rst", rst), new ExtensionSet(PhantomDefaults.Extensions), output);
        return output.References;
    }

    private static List<string> Found(string rst) =>
        Extract(rst).Select(r => $"{r.Kind} {r.Text}{(r.Fragment is null ? "" : "#" + r.Fragment)} @{r.Line}:{r.Column} {r.Role}").ToList();

    [Test]
    public void Doc_roles_name_documents_relative_or_from_the_source_folder()
    {
        Assert.That(Found("See :doc:`usage`, :doc:`the guide <../guide/index>`, :doc:`/api/core` and :std:doc:`~intro`.\n"), Is.EqualTo(new[]
        {
            "Document usage @1:11 Read",
            "Document ../guide/index @1:36 Read",
            "Document /api/core @1:60 Read",
            "Document intro @1:86 Read",
        }));
    }

    [TestCase(":ref:`install`", "Label install @1:7 Read")]
    [TestCase(":ref:`the setup <setup-guide>`", "Label setup-guide @1:18 Read")]
    [TestCase(":std:ref:`Install`", "Label Install @1:11 Read")]
    public void Ref_roles_name_labels(string line, string expected) => Assert.That(Found(line + "\n"), Is.EqualTo(new[] { expected }));

    [TestCase(":ref:`python:tut-informal`")]
    [TestCase(":doc:`python:tutorial/index`")]
    [TestCase(":py:mod:`example.plugins`")]
    [TestCase(":doc:`https://example.org/x`")]
    [TestCase(":class:`scripts.tool.Runner`")]
    public void Other_projects_roles_and_objects_are_not_references(string line) => Assert.That(Found(line + "\n"), Is.Empty);

    [Test]
    public void Download_roles_and_embedded_links_are_links_with_fragments()
    {
        Assert.That(Found("Get :download:`the sample <../examples/basic.py>` and read `the guide <configuration.html#options>`_ or `PyPI <https://pypi.org/>`__.\n"), Is.EqualTo(new[]
        {
            "Link ../examples/basic.py @1:28 Read",
            "Link configuration.html#options @1:72 Read",
        }));
    }

    [Test]
    public void File_directives_are_read_files_and_standard_includes_are_not()
    {
        const string rst = ".. include:: ../CONTRIBUTING.rst\n\n.. include:: <isonum.txt>\n\n.. literalinclude:: /examples/basic.py\n   :language: python\n   :lines: 1-3\n\n"
            + ".. image:: _static/logo.png\n   :alt: Logo\n\n.. figure:: img/flow.svg\n\n   The caption.\n\n.. |logo| image:: _static/small.png\n";
        Assert.That(Found(rst), Is.EqualTo(new[]
        {
            "Link ../CONTRIBUTING.rst @1:14 Read",
            "Link /examples/basic.py @5:21 Read",
            "Link _static/logo.png @9:12 Read",
            "Link img/flow.svg @12:13 Read",
            "Link _static/small.png @16:19 Read",
        }));
    }

    [Test]
    public void Options_name_files_only_in_their_file_option()
    {
        Assert.That(Found(".. csv-table:: Data\n   :file: data/table.csv\n   :header-rows: 1\n\n.. code-block:: python\n   :caption: tools/gen.py\n\n   print(1)\n"), Is.EqualTo(new[]
        {
            "Link data/table.csv @2:11 Read",
        }));
    }

    [Test]
    public void Toctree_entries_are_documents_without_urls_self_or_globs()
    {
        const string rst = ".. toctree::\n   :maxdepth: 2\n   :glob:\n\n   install\n   Configuration <guide/config>\n   changelog.rst\n   self\n   https://example.org/blog\n   plugins/*\n\nAfter the tree, prose again: ``tools/run.sh``.\n";
        Assert.That(Found(rst), Is.EqualTo(new[]
        {
            "Document install @5:4 Read",
            "Document guide/config @6:19 Read",
            "Document changelog @7:4 Read",
            "Tool tools/run.sh @12:32 Mention",
        }));
    }

    [Test]
    public void Shell_code_blocks_are_command_lines_and_other_languages_examples()
    {
        const string rst = "Install:\n\n.. code-block:: bash\n\n   ./scripts/bootstrap.sh --dev\n   source env/activate.sh\n\n.. code-block:: console\n\n   $ scripts/check.sh\n   Checking tools/out.sh... done\n\n"
            + ".. code-block:: python\n\n   open(\"scripts/data.sh\")\n\nBack to prose.\n";
        var refs = Extract(rst);
        Assert.Multiple(() =>
        {
            Assert.That(refs.Where(r => r.Role == ReferenceRole.Run).Select(r => $"{r.Text}@{r.Line}:{r.Column}"), Is.EqualTo(new[] { "./scripts/bootstrap.sh@5:4", "env/activate.sh@6:11", "scripts/check.sh@10:6" }));
            Assert.That(refs.Where(r => r.Text is "tools/out.sh" or "scripts/data.sh").Select(r => r.Role), Has.None.EqualTo(ReferenceRole.Run), "a command's output and a Python sample run nothing");
        });
    }

    [Test]
    public void Literal_blocks_take_the_highlight_language()
    {
        const string rst = ".. highlight:: console\n\nRun it::\n\n   $ ./scripts/go.sh\n\nDone.\n";
        Assert.That(Extract(rst).Where(r => r.Role == ReferenceRole.Run).Select(r => $"{r.Text}@{r.Line}:{r.Column}"), Is.EqualTo(new[] { "./scripts/go.sh@5:6" }));
    }

    [Test]
    public void Comments_and_their_indented_lines_hold_no_references()
    {
        Assert.That(Found(".. This names scripts/old.sh and :doc:`gone`.\n   So does tools/older.sh.\n\n..\n   :doc:`also-gone`\n\nBut ``tools/new.sh`` is read.\n"), Is.EqualTo(new[]
        {
            "Tool tools/new.sh @7:7 Mention",
        }));
    }

    [Test]
    public void Hyperlink_targets_to_local_files_are_links_and_urls_or_aliases_are_not()
    {
        Assert.That(Found(".. _guide: docs/guide.rst\n.. _pypi: https://pypi.org/project/x/\n.. _alias: guide_\n.. _label:\n"), Is.EqualTo(new[]
        {
            "Link docs/guide.rst @1:12 Read",
        }));
    }

    [Test]
    public void A_retired_section_marks_its_references()
    {
        var refs = Extract("Removed tools\n=============\n\n``tools/old.sh`` was removed.\n");
        Assert.That(refs.Single().Retired, Is.Not.Null);
    }
}
