namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Azure Pipelines: every step, wherever steps are (the pipeline's, a job's, a stage's, a deployment strategy's, a
/// template's): <c>script</c>, <c>bash</c>, <c>pwsh</c> and <c>powershell</c> steps with their
/// <c>workingDirectory</c>, and the script tasks' inputs (<c>Bash@3</c>, <c>PowerShell@2</c>, <c>CmdLine@2</c>,
/// <c>AzureCLI@2</c>, <c>AzurePowerShell@5</c>, <c>PythonScript@0</c>): inline script or script path.
/// </summary>
internal sealed class AzurePipelinesReader : ICiReader
{
    /// <summary>The shared instance.</summary>
    public static readonly AzurePipelinesReader Instance = new();

    private static readonly string[] StepKeys = ["script", "bash", "pwsh", "powershell"];

    // Task inputs are matched ignoring case, as Azure does.
    private static readonly string[] TaskScriptInputs = ["script", "inlineScript", "Inline", "filePath", "scriptPath"];

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        // Steps can sit at any depth, so the whole document is walked, each node once (aliases can share one) and with
        // an explicit stack (nesting can be hostile).
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (!visited.Add(node))
            {
                continue;
            }

            if (node is YamlSequence list)
            {
                foreach (var item in list.Items)
                {
                    if (item is YamlMapping step)
                    {
                        Step(step, found);
                    }

                    pending.Push(item);
                }
            }
            else if (node is YamlMapping mapping)
            {
                foreach (var (_, value) in mapping.Pairs)
                {
                    pending.Push(value);
                }
            }
        }
    }

    private static void Step(YamlMapping step, CiScripts found)
    {
        foreach (var key in StepKeys)
        {
            if (step.Get(key) is YamlScalar script)
            {
                found.Add(script, ScriptLanguage.Shell, Folder(step.Text("workingDirectory")));
                return;
            }
        }

        if (step.Text("task") is not { } task || step.Get("inputs") is not YamlMapping inputs)
        {
            return;
        }

        var language = task.StartsWith("PythonScript@", StringComparison.OrdinalIgnoreCase) ? ScriptLanguage.Python : ScriptLanguage.Shell;
        var folder = Folder(inputs.Text("workingDirectory", ignoreCase: true));
        foreach (var input in TaskScriptInputs)
        {
            found.Add(inputs.Get(input, ignoreCase: true) as YamlScalar, language, folder);
        }
    }

    private static string? Folder(string? written) => written is null ? WorkingFolder.Root : WorkingFolder.Resolve(written);
}
