using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Tool.Cli;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>Turns command-line input into a <see cref="LintRequest"/>: root, configuration, fail level and narrowing paths.</summary>
public static class LintRunner
{
    /// <summary>Builds the request, throwing <see cref="InputException"/>, <see cref="UsageException"/> or <see cref="ConfigException"/>.</summary>
    public static LintRequest BuildRequest(ParsedArguments args, CliEnvironment env, IReadOnlyList<string> ruleSets, RunContext context = RunContext.LintStage)
    {
        string root;
        try
        {
            root = RepositoryRoot.Resolve(args.Value(CommonOptions.Root.Name), env.CurrentDirectory, env.ProcessRunner);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new InputException(ex.Message);
        }

        var configPath = args.Value(CommonOptions.Config.Name);
        var config = ConfigLoader.Load(root, configPath is null ? null : Path.GetFullPath(configPath, env.CurrentDirectory), configPath);
        return new LintRequest
        {
            Root = root,
            Config = config,
            RuleSets = ruleSets,
            Context = context,
            FailLevel = CommonOptions.ParseFailLevel(args, context),
            NarrowTo = Narrowing(args.Positionals, root, env.CurrentDirectory),
            ChangedSince = args.Value(CommonOptions.ChangedSince.Name),
            ProcessRunner = env.ProcessRunner,
            Environment = env.GetVariable,
            Baseline = args.Value(ReportOptions.Baseline.Name) is { } baseline ? Baselines.BaselineFile.Read(Path.GetFullPath(baseline, env.CurrentDirectory)) : null,
        };
    }

    /// <summary>The narrowing paths relative to the root, or null when none were given.</summary>
    private static List<string>? Narrowing(List<string> paths, string root, string cwd)
    {
        if (paths.Count == 0)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, cwd);
            if (!FileLister.IsInside(root, full))
            {
                throw new InputException($"PATH '{path}' is outside the repository root '{root}'");
            }

            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw new InputException($"PATH '{path}': no such file or folder");
            }

            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            result.Add(relative == "." ? "" : relative);
        }

        return result;
    }

    /// <summary>Exit code for a finished run.</summary>
    public static int ExitCode(RunResult result) => result.Status == "fail" ? ExitCodes.Findings : ExitCodes.Success;
}
