using System.Text;

namespace Maia.Sre.Ci.Benchmarks.Inputs;

/// <summary>
/// Deterministic Markdown in the shape of a repository's docs: headings, prose, inline code that runs scripts, fenced
/// bash blocks, relative links with fragments, images, tables, URLs that must not count, and HTML comments.
/// </summary>
public static class MarkdownDocument
{
    /// <summary>Where the documents claim to live (links are relative to it).</summary>
    public const string Path = "docs/guides/setup.md";

    /// <summary>A document of at least <paramref name="lines"/> lines (whole sections, so a few more).</summary>
    public static string WithLines(int lines) => Build(sb => LineCount.Of(sb) < lines);

    /// <summary>A document of at least <paramref name="chars"/> characters.</summary>
    public static string WithLength(int chars) => Build(sb => sb.Length < chars);

    private static string Build(Func<StringBuilder, bool> more)
    {
        var sb = new StringBuilder();
        sb.Append("# Setting up the workspace\n\n");
        sb.Append("This guide walks through the scripts a new contributor runs. Everything runs from the repository root.\n\n");
        for (var i = 0; more(sb); i++)
        {
            Section(sb, i);
        }

        return sb.ToString();
    }

    private static void Section(StringBuilder sb, int i)
    {
        sb.Append("## Step ").Append(i).Append(": checks and tools\n\n");
        sb.Append("Run the checks before you push. The linter lives in `tools/lint/check_").Append(i % 40).Append(".py`; call it from the root:\n\n");
        sb.Append("`python3 tools/lint/check_").Append(i % 40).Append(".py --check`\n\n");
        sb.Append("```bash\n");
        sb.Append("bash scripts/setup/setup_").Append(i % 25).Append(".sh --fast\n");
        sb.Append("./scripts/ci/verify_").Append(i % 30).Append(".sh --strict\n");
        sb.Append("```\n\n");
        sb.Append("See [the runbook](../runbooks/deploy_").Append(i % 50).Append(".md#setup) and the [API reference](../reference/api_")
            .Append(i % 20).Append(".md) before you change anything.\n\n");
        sb.Append("![architecture](../../assets/img_").Append(i % 10).Append(".png)\n\n");
        sb.Append("Install the CLI with `curl -fsSL https://example.com/install.sh | bash` or read https://example.com/docs/setup.html first.\n\n");
        sb.Append("<!-- scripts/old/migrate_").Append(i).Append(".sh was removed in v2; keep this note until the runbook is updated. -->\n\n");
        sb.Append("- Format the code with `node tools/render/render_").Append(i % 15).Append(".js`.\n");
        sb.Append("- Open a pull request; the workflow runs the same checks.\n");
        sb.Append("- Ask in the team channel if a step fails.\n\n");
        sb.Append("| script | what it does |\n| --- | --- |\n");
        sb.Append("| `scripts/release/release_").Append(i % 12).Append(".sh` | cuts a release |\n");
        sb.Append("| `tools/data/export_").Append(i % 9).Append(".py` | exports the nightly data |\n\n");
        sb.Append("```python\nimport os\nprint(os.getcwd())\n```\n\n");
        sb.Append("Most steps take under a minute. When one takes longer, the machine is probably busy with another build.\n\n");
    }
}
