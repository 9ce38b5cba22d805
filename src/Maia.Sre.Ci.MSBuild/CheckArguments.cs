using Microsoft.Build.Utilities;

namespace Maia.Sre.Ci.MSBuild;

/// <summary>The <c>dotnet maia-sre.dll check …</c> command line for the task's properties.</summary>
internal sealed class CheckArguments
{
    private readonly MaiaSreCheck task;

    public CheckArguments(MaiaSreCheck task) => this.task = task;

    public override string ToString()
    {
        var builder = new CommandLineBuilder(quoteHyphensOnCommandLine: false, useNewLineSeparator: false);
        builder.AppendFileNameIfNotNull(task.ToolDll);
        builder.AppendSwitch("check");
        builder.AppendSwitchIfNotNull("--root ", task.Root);
        builder.AppendSwitch("--no-color");
        builder.AppendSwitchIfNotNull("--fail-on ", Blank(task.FailOn) ? null : task.FailOn!.Trim());
        builder.AppendSwitchIfNotNull("--config ", Blank(task.ConfigFile) ? null : task.ConfigFile);
        builder.AppendSwitchIfNotNull("--rule-sets ", Blank(task.RuleSets) ? null : RuleSetList(task.RuleSets!));
        builder.AppendSwitchIfNotNull("--sarif ", Blank(task.SarifFile) ? null : task.SarifFile);
        builder.AppendSwitchIfNotNull("--junit ", Blank(task.JUnitFile) ? null : task.JUnitFile);
        builder.AppendSwitchIfNotNull("--baseline ", Blank(task.BaselineFile) ? null : task.BaselineFile);
        builder.AppendSwitchIfNotNull("--changed-since ", Blank(task.ChangedSince) ? null : task.ChangedSince!.Trim());
        if (!Blank(task.ExtraArguments))
        {
            builder.AppendTextUnquoted(" " + task.ExtraArguments!.Trim());
        }

        return builder.ToString();
    }

    /// <summary>MSBuild lists use semicolons, the CLI commas: accept both.</summary>
    private static string RuleSetList(string text) =>
        string.Join(",", text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0));

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
