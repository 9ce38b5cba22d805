namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// pre-commit: the <c>entry</c> of each hook, in <c>.pre-commit-config.yaml</c> (<c>repos[*].hooks[*]</c>) and in
/// <c>.pre-commit-hooks.yaml</c> (a list of hooks). An entry is a command line (for <c>language: script</c> a path
/// from the repository root).
/// </summary>
internal sealed class PreCommitReader : ICiReader
{
    /// <summary>The shared instance.</summary>
    public static readonly PreCommitReader Instance = new();

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        switch (root)
        {
            case YamlSequence hooks:
                Hooks(hooks, found);
                break;
            case YamlMapping config when config.Get("repos") is YamlSequence repos:
                foreach (var repo in repos.Items)
                {
                    Hooks((repo as YamlMapping)?.Get("hooks") as YamlSequence, found);
                }

                break;
        }
    }

    private static void Hooks(YamlSequence? hooks, CiScripts found)
    {
        if (hooks is null || !found.FirstTime(hooks))
        {
            return;
        }

        foreach (var hook in hooks.Items)
        {
            found.Add((hook as YamlMapping)?.Get("entry") as YamlScalar, ScriptLanguage.Shell, WorkingFolder.Root);
        }
    }
}
