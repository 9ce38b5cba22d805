namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// GitHub Actions: a workflow's <c>jobs.*.steps[*].run</c> and a composite action's <c>runs.steps[*].run</c>, each
/// with the shell and working directory that apply to it (the step's own, else the job's <c>defaults.run</c>, else the
/// workflow's), plus local actions and reusable workflows (<c>uses: ./path</c>, on steps and jobs). Nothing else in
/// the file is a command: names, conditions and inputs are not read.
/// </summary>
internal sealed class GitHubActionsReader : ICiReader
{
    /// <summary>Workflows (<c>.github/workflows/*.yml</c>).</summary>
    public static readonly GitHubActionsReader Workflow = new(action: false);

    /// <summary>Actions (<c>action.yml</c>): their steps always name a shell; the working directory is the checkout's.</summary>
    public static readonly GitHubActionsReader Action = new(action: true);

    private readonly bool action;

    private GitHubActionsReader(bool action) => this.action = action;

    /// <inheritdoc/>
    public void Read(YamlNode root, string sourceFolder, CiScripts found)
    {
        if (root is not YamlMapping file)
        {
            return;
        }

        if (action)
        {
            Steps((file.Get("runs") as YamlMapping)?.Get("steps"), new Defaults(ScriptLanguage.Shell, WorkingFolder.Root), found);
            return;
        }

        var workflow = Defaults.Of(file, new Defaults(ScriptLanguage.Shell, WorkingFolder.Root));
        if (file.Get("jobs") is not YamlMapping jobs)
        {
            return;
        }

        foreach (var (_, value) in jobs.Pairs)
        {
            if (value is YamlMapping job)
            {
                found.AddUses(job.Get("uses")); // a reusable workflow in this repository
                Steps(job.Get("steps"), Defaults.Of(job, workflow), found);
            }
        }
    }

    private static void Steps(YamlNode? steps, Defaults defaults, CiScripts found)
    {
        if (steps is not YamlSequence list || !found.FirstTime((list, defaults)))
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (item is not YamlMapping step)
            {
                continue;
            }

            found.AddUses(step.Get("uses"));
            var language = ScriptLanguages.FromShell(step.Text("shell"), defaults.Language);
            var folder = step.Text("working-directory") is { } own ? WorkingFolder.Resolve(own) : defaults.Folder;
            found.Add(step.Get("run") as YamlScalar, language, folder); // a list is not a script to Actions
        }
    }

    /// <summary>What <c>defaults.run</c> sets for the steps under it.</summary>
    private readonly record struct Defaults(ScriptLanguage Language, string? Folder)
    {
        /// <summary>The defaults of <paramref name="owner"/> (the workflow or a job) over <paramref name="outer"/>.</summary>
        public static Defaults Of(YamlMapping owner, Defaults outer)
        {
            if ((owner.Get("defaults") as YamlMapping)?.Get("run") is not YamlMapping run)
            {
                return outer;
            }

            var folder = run.Text("working-directory") is { } written ? WorkingFolder.Resolve(written) : outer.Folder;
            return new Defaults(ScriptLanguages.FromShell(run.Text("shell"), outer.Language), folder);
        }
    }
}
