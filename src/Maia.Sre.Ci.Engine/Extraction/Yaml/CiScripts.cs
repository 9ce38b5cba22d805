namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>One script a CI file runs: the scalar that holds it, how it is read, and the folder it runs in.</summary>
/// <param name="Scalar">The scalar whose value is the script.</param>
/// <param name="Language">How its text is read.</param>
/// <param name="Folder">Its working folder, repository-relative (<see cref="WorkingFolder.Root"/> the checkout), or null when unknown (an expression).</param>
internal readonly record struct CiScript(YamlScalar Scalar, ScriptLanguage Language, string? Folder);

/// <summary>
/// What a CI reader found in one file: the scripts it runs and the local actions it uses. A scalar reached twice
/// (through YAML aliases or merge keys) with the same settings is kept once, so it is reported once.
/// </summary>
internal sealed class CiScripts
{
    /// <summary>Deeper nesting of script lists than this is not CI (GitLab itself allows 10 levels).</summary>
    private const int MaxListDepth = 16;

    private readonly HashSet<CiScript> seen = [];
    private readonly HashSet<object> entered = [];

    /// <summary>Scripts in the order found.</summary>
    public List<CiScript> Scripts { get; } = [];

    /// <summary>
    /// What a tagged list in a script stands for (GitLab's <c>!reference [job, script]</c>), or null to read it as
    /// a plain list.
    /// </summary>
    public Func<YamlSequence, YamlNode?>? Referenced { get; set; }

    /// <summary>Values of <c>uses:</c> that name a local action or reusable workflow (<c>./path</c>).</summary>
    public List<YamlScalar> LocalActions { get; } = [];

    /// <summary>
    /// Adds <paramref name="node"/> as a script: a scalar, or a list of them (GitLab and Bitbucket write a script as a
    /// list of lines, nested lists included); anything else (a mapping, a number of the wrong kind) adds nothing.
    /// </summary>
    public void Add(YamlNode? node, ScriptLanguage language, string? folder) => Add(node, language, folder, 0);

    /// <summary>
    /// True the first time a reader enters <paramref name="place"/> (a list with the settings that apply to it), false
    /// after: YAML aliases can name one list from many places, and from lists that are themselves named many times,
    /// so without this a small hostile file would take exponential time.
    /// </summary>
    public bool FirstTime(object place) => entered.Add(place);

    /// <summary>Adds <paramref name="node"/> as a local action when it is a scalar starting with <c>./</c>.</summary>
    public void AddUses(YamlNode? node)
    {
        if (node is YamlScalar s && s.Value.StartsWith("./", StringComparison.Ordinal))
        {
            LocalActions.Add(s);
        }
    }

    private void Add(YamlNode? node, ScriptLanguage language, string? folder, int depth)
    {
        switch (node)
        {
            case YamlScalar s when s.Value.Length > 0:
                var script = new CiScript(s, language, folder);
                if (seen.Add(script))
                {
                    Scripts.Add(script);
                }

                break;
            case YamlSequence { Tag.Length: > 0 } tagged when depth < MaxListDepth && Referenced?.Invoke(tagged) is { } referenced:
                Add(referenced, language, folder, depth + 1);
                break;
            case YamlSequence list when depth < MaxListDepth && FirstTime((list, language, folder)):
                foreach (var item in list.Items)
                {
                    Add(item, language, folder, depth + 1);
                }

                break;
        }
    }
}
