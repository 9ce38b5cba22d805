using System.Text;
using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>The bad-input catalogue (see SECURITY.md and the reliability section of the README).</summary>
public static class HostileCases
{
    private const string Note = "info MSRE1005";

    public static IEnumerable<HostileCase> All()
    {
        yield return new("binary file with NUL bytes", r => File.WriteAllBytes(Path.Combine(r.Root, "blob.md"), [0x50, 0x4B, 0x00, 0x01, 0x00, 0xFF]))
        { StdoutContains = [HostileCase.PlantedLine, "blob.md: " + Note + ": skipped: binary content"] };
        yield return new("invalid UTF-8", r => File.WriteAllBytes(Path.Combine(r.Root, "bad.md"), [.. "x \xC3\x28 run `tools/u8.sh`\n"u8.ToArray().Take(2), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" run `tools/u8.sh`\n")]))
        { StdoutContains = [HostileCase.PlantedLine, "bad.md(1,11): warning MSRE1001: 'tools/u8.sh'"] };
        yield return new("UTF-16 with BOM", r => File.WriteAllText(Path.Combine(r.Root, "wide.md"), "line one\nrun `tools/wide.sh`\n", Encoding.Unicode))
        { StdoutContains = [HostileCase.PlantedLine, "wide.md(2,6): warning MSRE1001: 'tools/wide.sh'"] };
        yield return new("CRLF and lone CR", r => r.Write("eol.md", "a\r\nb\rc `tools/eol.sh`\r\n"))
        { StdoutContains = [HostileCase.PlantedLine, "eol.md(3,4): warning MSRE1001: 'tools/eol.sh'"] };
        yield return new("a 200 MB file", r => { using var f = File.Create(Path.Combine(r.Root, "huge.md")); f.SetLength(200L * 1024 * 1024); })
        { StdoutContains = [HostileCase.PlantedLine, "huge.md: " + Note + ": skipped: 200 MiB is larger than the 16 MiB limit"] };
        yield return new("a single 5 MB line", r => r.Write("long.md", new string('x', 5 * 1024 * 1024) + " `tools/far.sh`"))
        { StdoutContains = [HostileCase.PlantedLine, $"long.md(1,{(5 * 1024 * 1024) + 3}): warning MSRE1001: 'tools/far.sh'"] };
        yield return new("malformed CI YAML", r => r.Write(".github/workflows/bad.yml", "jobs:\n  a:\n    steps:\n      - run: ./x.sh\n     - run: ./y.sh\n"))
        {
            StdoutContains = [HostileCase.PlantedLine, ".github/workflows/bad.yml(5,6): warning MSRE1005: not valid YAML, so its commands were not checked: while parsing a block mapping"],
        };
        yield return new("CI YAML nested 100,000 levels deep", r => r.Write("azure-pipelines.yml", "steps: " + new string('[', 100_000) + new string(']', 100_000) + "\n- script: tools/deep.sh\n"))
        { StdoutContains = [HostileCase.PlantedLine] };
        yield return new("CI YAML aliases that multiply (a billion laughs)", r => r.Write(".gitlab-ci.yml", Laughs()))
        { ExitCode = 1, StdoutContains = [HostileCase.PlantedLine, ".gitlab-ci.yml(1,10): error MSRE1001: 'tools/laugh.sh'"] }; // exit 1: a phantom run from CI is critical
        yield return new("10,000 nested folders", r => Nest(r.Root, 10_000))
        { StdoutContains = [HostileCase.PlantedLine, "warning MSRE1005: folder nesting deeper than 256 levels"] };
        yield return new("symbolic-link loops", r =>
        {
            Directory.CreateSymbolicLink(Path.Combine(r.Root, "self"), r.Root);
            File.CreateSymbolicLink(Path.Combine(r.Root, "a.md"), Path.Combine(r.Root, "b.md"));
            File.CreateSymbolicLink(Path.Combine(r.Root, "b.md"), Path.Combine(r.Root, "a.md"));
        })
        { StdoutContains = [HostileCase.PlantedLine, "a.md: warning MSRE1007: symbolic link 'a.md' cannot be resolved (a loop or a broken chain); not followed", "b.md: warning MSRE1007"] };
        yield return new("links pointing outside the root", r =>
        {
            File.CreateSymbolicLink(Path.Combine(r.Root, "passwd.md"), "/etc/passwd");
            Directory.CreateSymbolicLink(Path.Combine(r.Root, "etc"), "/etc");
        })
        { StdoutContains = [HostileCase.PlantedLine, "passwd.md: warning MSRE1007: symbolic link 'passwd.md' points outside the repository (/etc/passwd); not followed", "etc: warning MSRE1007"] };
        yield return new("a named pipe among the sources", r => r.MakeFifo("pipe.md"));
        yield return new("odd file names", r =>
        {
            r.Write("with space.md", "`tools/space.sh`");
            r.Write("ünïcødé.md", "`tools/uni.sh`");
            r.Write("quo\"te's.md", "`tools/quote.sh`");
            r.Write("-leading-dash.md", "`tools/dash.sh`");
        })
        {
            StdoutContains = [HostileCase.PlantedLine, "with space.md(1,2): warning MSRE1001", "ünïcødé.md(1,2): warning MSRE1001", "quo\"te's.md(1,2)", "-leading-dash.md(1,2)"],
        };
        yield return new("a file name with a newline", r => r.Write("new\nline.md", "`tools/nl.sh`"))
        { StdoutContains = [HostileCase.PlantedLine, "new\\nline.md(1,2): warning MSRE1001"] };
        yield return new("references escaping the root", r => r.Write("docs/up.md", "`../../../../etc/passwd.sh` and [x](../../../secret.md)"))
        { StdoutContains = [HostileCase.PlantedLine, "docs/up.md(1,2): warning MSRE1002", "docs/up.md(1,37): warning MSRE1002"] };
        yield return new("empty configuration", r => r.Write(".maia-sre.json", ""))
        { ExitCode = 2, StdoutContains = [], StderrContains = [".maia-sre.json(1,1): error MSRE0001: the file is empty"] };
        yield return new("truncated configuration", r => r.Write(".maia-sre.json", "{\n  \"phantoms\": {\n    \"sources\": [\"**/*.md\""))
        { ExitCode = 2, StdoutContains = [], StderrContains = [".maia-sre.json(3,", "error MSRE0001: invalid JSON"] };
        yield return new("malformed configuration", r => r.Write(".maia-sre.json", "{ phantoms: 1 }"))
        { ExitCode = 2, StdoutContains = [], StderrContains = [".maia-sre.json(1,3): error MSRE0001: invalid JSON"] };
        yield return new("unknown configuration key", r => r.Write(".maia-sre.json", "{\"phantom\": {}}"))
        { ExitCode = 2, StdoutContains = [], StderrContains = [".maia-sre.json(1,2): error MSRE0001: unknown key 'phantom' in the configuration; did you mean 'phantoms'?"] };
        yield return new("wrong type in configuration", r => r.Write(".maia-sre.json", "{\"phantoms\": {\"ignore\": \"x\"}}"))
        { ExitCode = 2, StdoutContains = [], StderrContains = ["error MSRE0001: 'phantoms.ignore' must be an array of strings, not a string"] };
        yield return new("configuration that is a named pipe", r => r.MakeFifo(".maia-sre.json"))
        { ExitCode = 2, StdoutContains = [], StderrContains = [".maia-sre.json(1,1): error MSRE0001: the file is empty"] };
        yield return new("unknown option", _ => { })
        { Args = ["phantoms", "--frobnicate"], ExitCode = 2, StdoutContains = [], StderrContains = ["unknown option '--frobnicate'", "Usage: maia-sre phantoms"] };
        yield return new("report in a missing folder", _ => { })
        { Args = ["phantoms", "--json", "deep/er/report.json"], StdoutContains = [HostileCase.PlantedLine] };
        yield return new("report under a file", _ => { })
        { Args = ["phantoms", "--json", "README.md/report.json"], ExitCode = 2, StdoutContains = [], StderrContains = ["cannot write report 'README.md/report.json'"] };
        yield return new("report path equal to a scanned source", _ => { })
        { Args = ["phantoms", "--json", "README.md"], ExitCode = 2, StdoutContains = [], StderrContains = ["cannot write report 'README.md': it is one of the scanned sources"] };
        yield return new("not a git work tree", _ => { });
        yield return new("a bare repository as root", r => r.Git("init", "-q", "--bare", "."));
        yield return new("a corrupt .git folder", r => { Directory.CreateDirectory(Path.Combine(r.Root, ".git")); r.Write(".git/HEAD", "garbage\0\n"); });
        yield return new("a .git file pointing nowhere", r => r.Write(".git", "gitdir: /nonexistent/place\n"));
        yield return new("a repository configured to run a program", r =>
        {
            r.InitGit();
            r.Git("config", "core.fsmonitor", "touch " + Path.Combine(r.Root, "EXECUTED"));
        })
        { StdoutContains = [HostileCase.PlantedLine] };
    }

    /// <summary>Ten levels of lists of ten aliases of the level below: 10^9 script lines if expanded, one reference if each list is read once.</summary>
    private static string Laughs()
    {
        var yaml = new StringBuilder("l0: &l0 [tools/laugh.sh]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append('l').Append(level).Append(": &l").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*l" + (level - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 10))).Append("]\n");
        }

        return yaml.Append("job:\n  script: *l9\n").ToString();
    }

    private static void Nest(string root, int depth)
    {
        // Relative mkdir from inside the deepest folder: the full path is far beyond PATH_MAX.
        using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", $"import os\nos.chdir({System.Text.Json.JsonSerializer.Serialize(root)})\nfor _ in range({depth}):\n    os.mkdir('d'); os.chdir('d')\nopen('deep.md','w').write('`tools/deep.sh`')" },
        })!;
        p.WaitForExit();
    }
}
