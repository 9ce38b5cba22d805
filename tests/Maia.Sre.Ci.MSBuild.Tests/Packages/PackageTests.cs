using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Maia.Sre.Ci.MSBuild.Tests.Packages;

/// <summary>
/// The packed package consumed from a local feed by the sample solution (two projects), built with the real
/// <c>dotnet build</c>. Each test is a short story of builds, since every build costs seconds.
/// </summary>
public sealed class PackageTests
{
    private static readonly Regex PlantedError = new(@"^\S.*/\.github/workflows/ci\.yml\(9,19\): error MSRE1001: 'scripts/deploy\.sh': no such file in the repository \(critical: it is run from a CI workflow\) \[", RegexOptions.Multiline);

    [Test]
    public void A_planted_critical_phantom_fails_the_build_with_the_canonical_error_line_once_per_repository()
    {
        using var consumer = new Consumer();

        var disabled = consumer.Build("-p:MaiaSreEnabled=false");
        var beforeCompile = consumer.Build("-p:MaiaSreRunBeforeCompile=true");
        // One node makes "once per build" deterministic; the lock that parallel worker processes share is covered by RunGateTests.
        var build = consumer.Build("-m:1");

        Assert.That(disabled.ExitCode, Is.EqualTo(0), "MaiaSreEnabled=false turns the check off: " + disabled.Out);
        Assert.That(disabled.Out, Does.Not.Contain("MSRE1001"));
        Assert.That(beforeCompile.ExitCode, Is.Not.EqualTo(0), beforeCompile.Out);
        var failed = PlantedError.Match(Body(beforeCompile.Out)).Value;
        var project = Path.GetFileNameWithoutExtension(Body(beforeCompile.Out).Split('\n').First(l => l.StartsWith(failed, StringComparison.Ordinal)).TrimEnd('\r', ']'));
        Assert.That(beforeCompile.Out, Does.Not.Contain($"  {project} -> "), "MaiaSreRunBeforeCompile stops the failing project before it compiles: " + beforeCompile.Out);
        Assert.That(build.ExitCode, Is.Not.EqualTo(0), build.Out);
        Assert.That(PlantedError.Matches(Body(build.Out)), Has.Count.EqualTo(1), "once, though the solution has two projects: " + build.Out);
        Assert.That(Body(build.Out).IndexOf(" -> ", StringComparison.Ordinal), Is.LessThan(Body(build.Out).IndexOf("error MSRE1001", StringComparison.Ordinal)), "by default the check runs after Build");
        Assert.That(build.Out, Does.Contain(Path.Combine(consumer.Root, ".github", "workflows", "ci.yml") + "(9,19): error MSRE1001:"));
    }

    [Test]
    public void Once_fixed_the_build_passes_a_second_build_skips_the_check_and_a_rename_reruns_it()
    {
        using var consumer = new Consumer();
        consumer.CreateDeployScript();
        string[] reports = ["-p:MaiaSreSarifPath=../../artifacts/maia-sre.sarif", "-p:MaiaSreJUnitPath=../../artifacts/maia-sre.junit.xml"];
        var sarif = Path.Combine(consumer.Root, "artifacts", "maia-sre.sarif");
        var junit = Path.Combine(consumer.Root, "artifacts", "maia-sre.junit.xml");

        var first = consumer.Build(reports);
        var firstSarif = ReadSarif(sarif);
        var firstJUnit = XDocument.Load(junit);
        var second = consumer.Build([.. reports, "-v:d"]);
        File.Move(Path.Combine(consumer.Root, "scripts", "deploy.sh"), Path.Combine(consumer.Root, "scripts", "ship.sh"));
        var afterRename = consumer.Build(reports);

        Assert.That(first.ExitCode, Is.EqualTo(0), first.Out);
        Assert.That(Regex.Matches(Body(first.Out), "maia-sre: .*; PASS"), Has.Count.EqualTo(1), first.Out);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Out);
        Assert.That(second.Out, Does.Contain("Skipping target \"MaiaSreCheck\" because all output files are up-to-date"));
        Assert.That(second.Out, Does.Not.Contain("; PASS"));
        Assert.That(afterRename.ExitCode, Is.Not.EqualTo(0), "a rename changes no timestamp, yet the check must run: " + afterRename.Out);
        Assert.That(PlantedError.Matches(Body(afterRename.Out)), Has.Count.EqualTo(1), afterRename.Out);

        // The reports land where the properties say (relative to the project), and follow each run.
        Assert.That(firstSarif.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(Results(firstSarif).Where(r => r.RuleId == "MSRE1001"), Is.Empty);
        Assert.That(firstJUnit.Root!.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That(Results(ReadSarif(sarif)), Has.Member(("MSRE1001", ".github/workflows/ci.yml")));
        Assert.That(XDocument.Load(junit).Descendants("failure").Select(f => f.Parent!.Attribute("name")!.Value), Has.Some.Contains(".github/workflows/ci.yml"));
    }

    /// <summary>
    /// The warnings left once the critical phantom is fixed are below the fail level: -warnaserror does not turn them
    /// into errors unless MaiaSreTreatWarningsAsErrors asks for it. The build's git state (obj/, bin/) raises nothing.
    /// </summary>
    [Test]
    public void Warnaserror_leaves_findings_below_the_fail_level_as_warnings_unless_asked()
    {
        using var consumer = new Consumer();
        consumer.CreateDeployScript();
        consumer.Write("docs/notes.md", "See [the release guide](release.md).\n"); // a warning: a broken link in a document

        var build = consumer.Build("-warnaserror", "-m:1");
        // MaiaSreFailOn changes the options the check's inputs record, so the check runs again instead of being skipped.
        var strict = consumer.Build("-warnaserror", "-m:1", "-p:MaiaSreTreatWarningsAsErrors=true", "-p:MaiaSreFailOn=critical");

        Assert.That(build.ExitCode, Is.EqualTo(0), build.Out);
        Assert.That(Body(build.Out), Does.Contain("warning MSRE1001"));
        Assert.That(Body(build.Out), Does.Not.Contain("MSRE2003").And.Not.Contain("MSRE2002"), "no git-state check in the lint stage");
        Assert.That(strict.ExitCode, Is.Not.EqualTo(0), "MaiaSreTreatWarningsAsErrors=true lets -warnaserror fail the build: " + strict.Out);
        Assert.That(Body(strict.Out), Does.Contain("error MSRE1001"));
    }

    private static JsonElement ReadSarif(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();

    private static List<(string RuleId, string File)> Results(JsonElement sarif) =>
        [.. sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("ruleId").GetString()!,
            r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!))];

    /// <summary>The build's own output, without the console logger's closing summary that repeats every diagnostic.</summary>
    private static string Body(string output)
    {
        var end = Regex.Match(output, "^Build (FAILED|succeeded)", RegexOptions.Multiline);
        return end.Success ? output[..end.Index] : output;
    }
}
