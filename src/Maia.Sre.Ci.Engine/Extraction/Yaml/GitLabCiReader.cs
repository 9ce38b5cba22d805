namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// GitLab CI: <c>script</c>, <c>before_script</c> and <c>after_script</c> of every job (hidden <c>.template</c> jobs
/// and <c>default:</c> included), and the old global ones; each a line or a list of lines, nested lists, anchors,
/// merge keys (<c>&lt;&lt;: *base</c>) and <c>!reference [job, key]</c> included. The runner's shell reads them
/// (bash or PowerShell); GitLab has no per-job working directory.
/// </summary>
internal sealed class GitLabCiReader : ICiReader
{
    /// <summary>The shared instance.</summary>
    public static readonly GitLabCiReader Instance = new();

    private static readonly string[] ScriptKeys = ["before_script", "script", "after_script"];

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        if (root is not YamlMapping file)
        {
            return;
        }

        found.Referenced = tagged => Reference(file, tagged);
        foreach (var (key, value) in file.Pairs)
        {
            if (key is YamlScalar name && Array.IndexOf(ScriptKeys, name.Value) >= 0)
            {
                found.Add(value, ScriptLanguage.Shell, WorkingFolder.Root); // global before_script/after_script (deprecated, still run)
            }
            else if (value is YamlMapping job)
            {
                foreach (var scriptKey in ScriptKeys)
                {
                    found.Add(job.Get(scriptKey), ScriptLanguage.Shell, WorkingFolder.Root);
                }
            }
        }

        found.Referenced = null;
    }

    /// <summary>What <c>!reference [a, b, …]</c> names: the top-level key a, then key b inside it, and so on.</summary>
    private static YamlNode? Reference(YamlMapping file, YamlSequence tagged)
    {
        if (tagged.Tag != "!reference")
        {
            return null;
        }

        YamlNode? node = file;
        foreach (var step in tagged.Items)
        {
            node = step is YamlScalar key && node is YamlMapping mapping ? mapping.Get(key.Value) : null;
        }

        return node == file ? null : node;
    }
}
