namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>Knows where one CI system keeps the scripts it runs in a YAML file, and which settings apply to them.</summary>
internal interface ICiReader
{
    /// <summary>Adds the scripts (and local actions) of the document <paramref name="root"/> to <paramref name="found"/>.</summary>
    /// <param name="root">A document's root node.</param>
    /// <param name="sourceFolder">The repository-relative folder of the file.</param>
    /// <param name="found">Where the scripts go.</param>
    void Read(YamlNode root, string sourceFolder, CiScripts found);
}
