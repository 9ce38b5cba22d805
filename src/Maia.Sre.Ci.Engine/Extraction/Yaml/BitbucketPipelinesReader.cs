namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Bitbucket Pipelines: the <c>script</c> and <c>after-script</c> lines of every <c>step</c>, wherever the step is
/// (default, branches, tags, pull requests, custom, parallel groups, <c>definitions</c> shared by anchors). Pipe
/// entries (<c>- pipe: …</c>) are not commands.
/// </summary>
internal sealed class BitbucketPipelinesReader : ICiReader
{
    /// <summary>The shared instance.</summary>
    public static readonly BitbucketPipelinesReader Instance = new();

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        // Each node once (anchors share steps), with an explicit stack (nesting can be hostile).
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlSequence list:
                    foreach (var item in list.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case YamlMapping mapping:
                    if (mapping.Get("step") is YamlMapping step)
                    {
                        found.Add(step.Get("script"), ScriptLanguage.Shell, WorkingFolder.Root);
                        found.Add(step.Get("after-script"), ScriptLanguage.Shell, WorkingFolder.Root);
                    }

                    foreach (var (_, value) in mapping.Pairs)
                    {
                        pending.Push(value);
                    }

                    break;
            }
        }
    }
}
