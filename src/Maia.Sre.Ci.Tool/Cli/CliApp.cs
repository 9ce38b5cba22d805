using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Tool.Commands;

namespace Maia.Sre.Ci.Tool.Cli;

/// <summary>The <c>maia-sre</c> entry point: picks the command, turns every user error into exit code 2 with a clear message.</summary>
public static class CliApp
{
    /// <summary>Every command, in help order.</summary>
    public static readonly IReadOnlyList<ICommand> Commands =
    [
        new LintCommand("check", "run every enabled rule set: the CI lint stage", null, fixes: true),
        new LintCommand("phantoms", "find references to scripts, tools and files that do not exist", [Rules.RuleSets.Phantoms], fixes: true),
        new LintCommand("preflight", "the reliability gate, every check: git state, required paths and tools, write access, disk space, critical phantoms", [Rules.RuleSets.Preflight], Model.RunContext.Preflight),
        new GraphCommand(),
        new BaselineCommand(),
        new ServicesCommand(),
        new InitCommand(),
        new RulesCommand(),
    ];

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        if (args.Length == 0)
        {
            env.Error.Write(HelpText.General(Commands));
            return ExitCodes.UsageError;
        }

        switch (args[0])
        {
            case "-h" or "--help" or "help":
                env.Out.Write(HelpText.General(Commands));
                return ExitCodes.Success;
            case "--version" or "-V":
                env.Out.WriteLine(LintEngine.Tool.Version);
                return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            var guess = Text.EditDistance.Closest(args[0], Commands.Select(c => c.Name));
            var what = args[0].StartsWith('-') ? "unknown option" : "unknown command";
            env.Error.WriteLine($"maia-sre: {what} '{args[0]}'" + (guess is null ? "" : $"; did you mean '{guess}'?"));
            env.Error.WriteLine();
            env.Error.Write(HelpText.General(Commands));
            return ExitCodes.UsageError;
        }

        try
        {
            var parsed = ArgumentParser.Parse(command.Name, args[1..], command.Options);
            if (parsed.Flag("help"))
            {
                env.Out.Write(HelpText.For(command));
                return ExitCodes.Success;
            }

            return command.Execute(parsed, env);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"maia-sre: {ex.Message}");
            env.Error.WriteLine();
            env.Error.Write(HelpText.For(command));
            return ExitCodes.UsageError;
        }
        catch (ConfigException ex)
        {
            env.Error.WriteLine(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (ReportWriteException ex)
        {
            env.Error.WriteLine($"maia-sre: error: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (Baselines.BaselineException ex)
        {
            env.Error.WriteLine($"maia-sre: error: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (InputException ex)
        {
            env.Error.WriteLine($"maia-sre: error: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine("maia-sre: interrupted; no report was left half-written");
            return ExitCodes.Interrupted;
        }
    }
}
