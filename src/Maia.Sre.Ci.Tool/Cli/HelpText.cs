using System.Text;
using Maia.Sre.Ci.Tool.Commands;

namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>Help screens.</summary>
public static class HelpText
{
    /// <summary>The top-level help.</summary>
    public static string General(IEnumerable<ICommand> commands)
    {
        var text = new StringBuilder();
        text.AppendLine($"maia-sre {LintEngine.Tool.Version}: phantom dependencies and preflight checks for CI");
        text.AppendLine();
        text.AppendLine("Usage: maia-sre <command> [options] [PATH...]");
        text.AppendLine();
        text.AppendLine("Commands:");
        var list = commands.ToList();
        var width = list.Max(c => c.Name.Length);
        foreach (var command in list)
        {
            text.AppendLine($"  {command.Name.PadRight(width)}  {command.Summary}");
        }

        text.AppendLine();
        text.AppendLine("Options:");
        text.AppendLine("  -h, --help     show help (also: maia-sre <command> --help)");
        text.AppendLine("      --version  show the version");
        text.AppendLine();
        text.AppendLine("Exit codes: 0 nothing at or above the fail level; 1 findings at or above it;");
        text.AppendLine("            2 usage, configuration or input error; 130/143 interrupted (SIGINT/SIGTERM).");
        return text.ToString();
    }

    /// <summary>Help for one command.</summary>
    public static string For(ICommand command)
    {
        var text = new StringBuilder();
        text.AppendLine($"Usage: maia-sre {command.Usage}");
        text.AppendLine();
        text.AppendLine(command.Summary);
        text.AppendLine();
        text.AppendLine("Options:");
        var width = command.Options.Max(o => o.Usage.Length);
        foreach (var option in command.Options)
        {
            text.AppendLine($"  {option.Usage.PadRight(width)}  {option.Help}");
        }

        return text.ToString();
    }
}
