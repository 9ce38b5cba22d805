namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// Task (<c>Taskfile.yml</c>): each task's <c>cmds</c> (a command, or <c>cmd:</c>/<c>defer:</c> in a mapping) and
/// <c>cmd</c>, and the shorthand tasks written as a command or a list of commands; a task's <c>dir</c> is its working
/// folder, relative to the Taskfile's.
/// </summary>
internal sealed class TaskfileReader : ICiReader
{
    /// <summary>The shared instance.</summary>
    public static readonly TaskfileReader Instance = new();

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        if ((root as YamlMapping)?.Get("tasks") is not YamlMapping tasks)
        {
            return;
        }

        foreach (var (_, value) in tasks.Pairs)
        {
            if (value is not YamlMapping task)
            {
                found.Add(value, ScriptLanguage.Shell, sourceFolder); // "build: go build ./..." or a list of commands
                continue;
            }

            var folder = task.Text("dir") is { } dir ? WorkingFolder.Resolve(dir, sourceFolder) : sourceFolder; // Task runs commands in the Taskfile's folder
            found.Add(task.Get("cmd"), ScriptLanguage.Shell, folder);
            if (task.Get("cmds") is not YamlSequence cmds || !found.FirstTime((cmds, folder)))
            {
                continue;
            }

            foreach (var cmd in cmds.Items)
            {
                var command = cmd is YamlMapping m ? m.Get("cmd") ?? m.Get("defer") as YamlScalar : cmd;
                found.Add(command as YamlScalar, ScriptLanguage.Shell, folder);
            }
        }
    }
}
