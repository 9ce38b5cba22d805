using Maia.Sre.Ci.Services.Live;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>
/// <c>maia-sre services</c>: the service-definition rules; with <c>--live</c>, each service's health on this host
/// (launchctl or systemctl) and the SLI/SLO summary. A host without either manager exits 2 with a clear message.
/// </summary>
public sealed class ServicesCommand : ICommand
{
    private static readonly OptionSpec Live = new("live", null, "also probe each service's health on this host (launchctl or systemctl)");
    private static readonly OptionSpec Uid = new("uid", "UID", "user id of launchd's gui/<uid> domain (default: id -u)");

    public string Name => "services";

    public string Summary => "check launchd and systemd service definitions; --live: service health and SLOs";

    public string Usage => "services [options]   (definitions: launchd property lists and systemd units in the repository)";

    public IReadOnlyList<OptionSpec> Options => [.. CommonOptions.Lint, Live, Uid];

    public int Execute(ParsedArguments args, CliEnvironment env)
    {
        var detail = CommonOptions.ParseDetail(args);
        var request = LintRunner.BuildRequest(args, env, [Rules.RuleSets.Services]);
        if (args.Flag(Live.Name))
        {
            request = request with { LiveServices = new LiveOptions { Clock = env.Clock, Uid = args.Value(Uid.Name) } };
        }

        var outputs = ReportOutputs.From(args, env);
        Model.RunResult result;
        try
        {
            result = LintEngine.Run(request, env.Cancellation);
        }
        catch (ServiceManagerUnavailableException ex)
        {
            env.Error.WriteLine($"maia-sre: {ex.Message}");
            return ExitCodes.UsageError;
        }

        outputs.Write(result, criticalOnly: false);
        if (!outputs.ReportToStandardOutput)
        {
            new Reports.TextReportWriter(env.Out, CommonOptions.UseColor(args, env)).Write(result, detail: detail);
        }

        return LintRunner.ExitCode(result);
    }
}
