using System.Text;

namespace Maia.Sre.Ci.Benchmarks.Inputs;

/// <summary>A deterministic deploy script: sourced files, a script-folder variable, functions calling tools, comments, URLs.</summary>
public static class ShellScript
{
    /// <summary>Where the script claims to live.</summary>
    public const string Path = "scripts/deploy/deploy.sh";

    /// <summary>A script of at least <paramref name="lines"/> lines.</summary>
    public static string WithLines(int lines)
    {
        var sb = new StringBuilder();
        sb.Append("#!/usr/bin/env bash\n# Deploys every service; run from anywhere.\nset -euo pipefail\n");
        sb.Append("SCRIPT_DIR=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n");
        sb.Append("source \"$SCRIPT_DIR/../lib/common.sh\"\n. \"$SCRIPT_DIR/../config/defaults.env\"\n\n");
        var steps = 0;
        while (LineCount.Of(sb) + steps + 4 < lines) // main() adds a line per step and four more
        {
            var i = steps++;
            sb.Append("step_").Append(i).Append("() {\n");
            sb.Append("  # Step ").Append(i).Append(": check the environment, render the config, deploy.\n");
            sb.Append("  log \"step ").Append(i).Append(" for $ENV\"\n");
            sb.Append("  python3 tools/deploy/check_").Append(i % 20).Append(".py --env \"$ENV\"\n");
            sb.Append("  \"$SCRIPT_DIR/../ci/verify_").Append(i % 30).Append(".sh\" --out \"build/").Append(i).Append("\"\n");
            sb.Append("  if [ -f \"config/service_").Append(i).Append(".yml\" ]; then\n");
            sb.Append("    node tools/render/render_").Append(i % 15).Append(".js \"config/service_").Append(i).Append(".yml\"\n");
            sb.Append("  fi\n");
            sb.Append(i % 3 == 0 ? "  curl -fsSL https://example.com/install.sh | bash\n" : "  echo \"deployed\" >> \"$LOG_FILE\"\n");
            sb.Append("}\n\n");
        }

        sb.Append("main() {\n");
        for (var i = 0; i < steps; i++)
        {
            sb.Append("  step_").Append(i).Append('\n');
        }

        sb.Append("}\n\nmain \"$@\"\n");
        return sb.ToString();
    }
}
