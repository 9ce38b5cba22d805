using System.Text;

namespace Maia.Sre.Ci.Benchmarks.Inputs;

/// <summary>A deterministic GitHub workflow: jobs with pinned actions, local actions, single-line and block <c>run:</c> steps, working folders.</summary>
public static class GitHubWorkflow
{
    /// <summary>Where the workflow claims to live (the path picks the GitHub flavour of the YAML extractor).</summary>
    public const string Path = ".github/workflows/ci.yml";

    /// <summary>A workflow with <paramref name="jobs"/> jobs (about 22 lines each).</summary>
    public static string WithJobs(int jobs)
    {
        var sb = new StringBuilder();
        sb.Append("# Builds and tests every service.\nname: ci\n\non:\n  push:\n    branches: [main]\n  pull_request:\n\n");
        sb.Append("permissions:\n  contents: read\n\njobs:\n");
        for (var j = 0; j < jobs; j++)
        {
            sb.Append("  service_").Append(j).Append(":\n");
            sb.Append("    runs-on: ubuntu-24.04\n    timeout-minutes: 20\n");
            sb.Append("    steps:\n");
            sb.Append("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n");
            sb.Append("      - uses: ./.github/actions/setup_").Append(j % 3).Append('\n');
            sb.Append("      - name: Lint with tools/lint/check.py\n");
            sb.Append("        run: python3 tools/lint/check_").Append(j % 40).Append(".py --strict\n");
            sb.Append("      - name: Test\n");
            sb.Append("        run: |\n");
            sb.Append("          bash scripts/ci/verify_").Append(j % 30).Append(".sh --ci\n");
            sb.Append("          ./scripts/release/release_").Append(j % 12).Append(".sh --dry-run > report.txt  # no upload\n");
            sb.Append("          echo \"done\"\n");
            sb.Append("      - name: Build\n");
            sb.Append("        working-directory: services/svc_").Append(j % 8).Append('\n');
            sb.Append("        run: make build && ./package.sh\n");
            sb.Append("      - name: Deploy preview\n");
            sb.Append("        if: github.event_name == 'pull_request'\n");
            sb.Append("        env:\n          TARGET: preview-").Append(j).Append('\n');
            sb.Append("        run: bash scripts/deploy/deploy.sh \"$TARGET\"\n\n");
        }

        return sb.ToString();
    }
}
