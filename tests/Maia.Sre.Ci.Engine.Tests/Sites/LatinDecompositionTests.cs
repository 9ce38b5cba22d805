using Maia.Sre.Ci.Anchors;

namespace Maia.Sre.Ci.Engine.Tests.Sites;

/// <summary>Accented Latin letters keep their base letter in site heading ids, with or without the runtime's normalization.</summary>
public sealed class LatinDecompositionTests
{
    [TestCase("Ausführen", "ausfuhren")]
    [TestCase("Café Crème - Ĳssel", "cafe-creme-ijssel")]
    [TestCase("Straße Łódź", "strae-odz")]
    public void MkDocs_ids_keep_base_letters_of_accented_ones(string heading, string id) => Assert.That(SiteSlug.MkDocs(heading), Is.EqualTo(id));

    [TestCase("Ausführen", "ausfuhren")]
    [TestCase("Straße", "straße")]
    public void VitePress_ids_drop_accents_only(string heading, string id) => Assert.That(SiteSlug.VitePress(heading), Is.EqualTo(id));
}
