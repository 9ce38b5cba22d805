using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Reports;
using Maia.Sre.Ci.Tool.Cli;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary><c>maia-sre init</c>: writes a commented starter <c>.maia-sre.json</c>.</summary>
public sealed class InitCommand : ICommand
{
    private static readonly OptionSpec Force = new("force", null, "overwrite an existing file");

    public string Name => "init";

    public string Summary => "write a commented starter .maia-sre.json at the repository root";

    public string Usage => "init [--root DIR] [--config FILE] [--force]";

    public IReadOnlyList<OptionSpec> Options => [CommonOptions.Root, CommonOptions.Config, Force, CommonOptions.Help];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"'init' takes no arguments, got '{args.Positionals[0]}'");
        }

        string root;
        try
        {
            root = RepositoryRoot.Resolve(args.Value(CommonOptions.Root.Name), env.CurrentDirectory, env.ProcessRunner);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new InputException(ex.Message);
        }

        var target = args.Value(CommonOptions.Config.Name) is { } config
            ? Path.GetFullPath(config, env.CurrentDirectory)
            : Path.Combine(root, MaiaConfig.FileName);
        if (File.Exists(target) && !args.Flag(Force.Name))
        {
            throw new InputException($"'{target}' already exists; use --force to overwrite it");
        }

        var text = StarterConfig.Text;
        ConfigLoader.Parse(text, "starter configuration"); // the starter must always be valid
        AtomicFile.WriteText(target, text);
        env.Out.WriteLine($"wrote {target}");
        return ExitCodes.Success;
    }
}
