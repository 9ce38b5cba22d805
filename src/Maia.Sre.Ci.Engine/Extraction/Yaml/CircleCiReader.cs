namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// CircleCI: the <c>run</c> steps of every job and reusable command (<c>jobs.*.steps</c>, <c>commands.*.steps</c>,
/// inside <c>when</c>/<c>unless</c> too): <c>run: command</c> or <c>run: {command, shell, working_directory}</c>. A
/// step's <c>working_directory</c> is relative to its job's, which is taken as the checkout unless it is written
/// under <c>~/project/</c>; the job's <c>shell</c> applies to its steps.
/// </summary>
internal sealed class CircleCiReader : ICiReader
{
    /// <summary>The shared instance.</summary>
    public static readonly CircleCiReader Instance = new();

    /// <summary>Deeper <c>when</c>/<c>unless</c> nesting than this is not CI.</summary>
    private const int MaxDepth = 16;

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        if (root is not YamlMapping file)
        {
            return;
        }

        foreach (var section in new[] { "jobs", "commands" })
        {
            if (file.Get(section) is not YamlMapping owners)
            {
                continue;
            }

            foreach (var (_, value) in owners.Pairs)
            {
                if (value is YamlMapping owner)
                {
                    var folder = owner.Text("working_directory") is { } written ? WorkingFolder.Resolve(written) ?? WorkingFolder.Root : WorkingFolder.Root;
                    var language = ScriptLanguages.FromShell(owner.Text("shell"), ScriptLanguage.Shell);
                    Steps(owner.Get("steps"), language, folder, found, 0);
                }
            }
        }
    }

    private static void Steps(YamlNode? steps, ScriptLanguage language, string folder, CiScripts found, int depth)
    {
        if (steps is not YamlSequence list || depth > MaxDepth || !found.FirstTime((list, language, folder)))
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (item is not YamlMapping step)
            {
                continue; // "checkout" and other bare step names
            }

            switch (step.Get("run"))
            {
                case YamlScalar command:
                    found.Add(command, language, folder);
                    break;
                case YamlMapping run:
                    var own = run.Text("working_directory") is { } written ? WorkingFolder.Resolve(written, folder) : folder;
                    found.Add(run.Get("command") as YamlScalar, ScriptLanguages.FromShell(run.Text("shell"), language), own);
                    break;
            }

            foreach (var branch in new[] { "when", "unless" })
            {
                Steps((step.Get(branch) as YamlMapping)?.Get("steps"), language, folder, found, depth + 1);
            }
        }
    }
}
