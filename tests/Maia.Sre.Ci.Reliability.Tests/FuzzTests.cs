using CsCheck;
using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>
/// Property-based fuzzing (CsCheck) of everything that parses untrusted text. In CI each property runs a few thousand
/// cases; for a long run set MAIA_FUZZ_SECONDS (per property), e.g. <c>MAIA_FUZZ_SECONDS=600 bash scripts/fuzz.sh</c>.
/// Any failure CsCheck shrinks to a minimal input: add it to <see cref="Regressions"/>.
/// </summary>
public sealed class FuzzTests
{
    private static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    // Characters that matter to the parsers, mixed with arbitrary ones.
    private static readonly Gen<char> Interesting = Gen.OneOf(
        Gen.Char["`[]()<>!#-*{}$~./\\\"':;=|&@?%\n\r\t \u0000"],
        Gen.Char['a', 'z'],
        Gen.Char,
        Gen.OneOf('.', '/', '`', '\n'));

    private static readonly Gen<string> Text = Gen.OneOf(
        Interesting.Array[0, 400].Select(a => new string(a)),
        Gen.OneOf("tools/x.sh", "[a](b.md#c)", "```bash\n", "<!--", "-->", "run: |\n  ", "uses: ./a", "source ", "${{ github.workspace }}/", "maia-sre-disable", "# maia-sre: ignore[")
            .Array[0, 30].Select(parts => string.Concat(parts)));

    // YAML structure (keys of every CI system, indentation, block headers, quotes, escapes, anchors, aliases, merges,
    // tags) among arbitrary text: most samples then get past the parser's first lines.
    private static readonly Gen<string> Yaml = Gen.OneOf(
        Text,
        Gen.OneOf("jobs:\n", "  a:\n", "    steps:\n", "      - run: ", "- ", "run: ", "script: ", "- script: ", "steps:\n", "command: ", "entry: ",
                "working-directory: ", "workingDirectory: ", "defaults: {run: {working-directory: x}}\n", "<<: ", "&a ", "*a", "!reference [", "]", "[", "{", "}",
                "|", "|2-", ">+", "\n", "\n  ", "\n    ", "\n\n", "\"", "'", "\\", "\\x41", "#", " ", "x.sh", "./y.py", ": ", ",", "---\n", "\t", "\r\n", "\uFEFF")
            .Array[0, 60].Select(parts => string.Concat(parts)));

    private static readonly Gen<string> Json = Gen.OneOf(
        Text,
        Gen.OneOf("{", "}", "[", "]", "\"phantoms\"", ":", ",", "\"sources\"", "\"**/*.md\"", "1e309", "-0", "null", "true", "//", "/*", "*/", "\"\\u0000\"", "\"spofThreshold\"", "\"critical\"")
            .Array[0, 40].Select(parts => string.Concat(parts)));

    private static long Iterations => Environment.GetEnvironmentVariable("MAIA_FUZZ_SECONDS") is null ? 3_000 : -1;

    private static int Threads => int.TryParse(Environment.GetEnvironmentVariable("MAIA_FUZZ_THREADS"), out var t) ? t : -1;

    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("MAIA_FUZZ_SECONDS"), out var s) ? s : -1;

    [Test]
    public void Configuration_parser_only_ever_reports_configuration_errors() =>
        Json.Sample(
            text =>
            {
                try
                {
                    ConfigLoader.Parse(text, "fuzz.json");
                }
                catch (ConfigException ex)
                {
                    return ex.Line >= 1 && ex.Column >= 1 && ex.Message.StartsWith("fuzz.json(", StringComparison.Ordinal);
                }

                return true;
            },
            iter: Iterations,
            time: Seconds,
            threads: Threads);

    [TestCase("doc.md")]
    [TestCase(".github/workflows/ci.yml")]
    [TestCase("config.yaml")]
    [TestCase("run.sh")]
    [TestCase("notes.txt")]
    public void Extractors_never_throw_and_positions_stay_inside_the_line(string path) =>
        Text.Sample(text => ExtractIsSound(path, text), iter: Iterations, time: Seconds, threads: Threads);

    [TestCase(".github/workflows/ci.yml")]
    [TestCase("action.yml")]
    [TestCase(".gitlab-ci.yml")]
    [TestCase("azure-pipelines.yml")]
    [TestCase(".circleci/config.yml")]
    [TestCase("bitbucket-pipelines.yml")]
    [TestCase("Taskfile.yml")]
    [TestCase(".pre-commit-config.yaml")]
    public void Ci_yaml_readers_never_throw_and_positions_stay_inside_the_line(string path) =>
        Yaml.Sample(text => ExtractIsSound(path, text), iter: Iterations, time: Seconds, threads: Threads);

    [Test]
    public void Resolver_never_throws_on_any_reference_text()
    {
        var resolver = new ReferenceResolver(new Inventory(["a/b.sh", "c.md"]), new PhantomsConfig { RootAliases = ["/Users/*/git/r/", "${ROOT}/"] });
        var suggester = new Suggester(new Inventory(["a/b.sh", "c.md"]));
        Text.Sample(
            text =>
            {
                foreach (var kind in Enum.GetValues<ReferenceKind>())
                {
                    var r = resolver.Resolve(new RawReference(text, 1, 1, text.Length, kind) { Folder = "sub" }, "docs/x.md");
                    if (r.Outcome == Outcome.Missing)
                    {
                        suggester.Suggest(r.Target);
                    }
                }
            },
            iter: Iterations,
            time: Seconds,
            threads: Threads);
    }

    [TestCase("[](<")]
    [TestCase("`")]
    [TestCase("](")]
    [TestCase("x.sh")]
    [TestCase("<!-- maia-sre-disable")]
    [TestCase("run: |\n\n")]
    [TestCase("\r\r\n\n.sh")]
    public void Regressions(string text)
    {
        foreach (var path in new[] { "doc.md", ".github/workflows/ci.yml", "run.sh" })
        {
            Assert.That(ExtractIsSound(path, text), Is.True, path);
        }
    }

    private static bool ExtractIsSound(string path, string text)
    {
        var source = new SourceText(path, text);
        var output = new ExtractionOutput();
        ExtractorSelector.For(path).Extract(source, Extensions, output);
        SuppressionMap.Read(source);
        if (output.Problem is { } p && (p.Line < 1 || p.Line > Math.Max(1, source.Lines.Count) || p.Column < 1))
        {
            return false;
        }

        foreach (var r in output.References)
        {
            if (r.Line < 1 || r.Line > source.Lines.Count || r.Column < 1 || r.Column - 1 + r.Length > source.Lines[r.Line - 1].Length || r.Text.Length == 0)
            {
                return false;
            }
        }

        return true;
    }
}
