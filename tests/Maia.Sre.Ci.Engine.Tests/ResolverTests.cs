using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class ResolverTests
{
    private static readonly Inventory Files = new(["tools/sre/deploy.sh", "docs/guide/intro.md", "Tools2/Build.sh", "bin-tools/sync.sh", ".github/actions/setup/action.yml"]);

    private static Resolution.Resolution Resolve(string text, string source = "README.md", ReferenceKind kind = ReferenceKind.Tool, PhantomsConfig? config = null) =>
        new ReferenceResolver(Files, config ?? new PhantomsConfig()).Resolve(new RawReference(text, 1, 1, text.Length, kind), source);

    [TestCase("tools/sre/deploy.sh", "README.md")]
    [TestCase("./tools/sre/deploy.sh", "docs/x.md")]
    [TestCase("../sre/deploy.sh", "tools/other/x.md")]
    [TestCase("deploy.sh", "docs/x.md")]
    [TestCase("${REPO_ROOT}/tools/sre/deploy.sh", "docs/x.md")]
    public void Existing_paths_resolve(string text, string source) =>
        Assert.That(Resolve(text, source).Outcome, Is.EqualTo(Outcome.Exists));

    [Test]
    public void A_path_with_folders_must_match_that_path() =>
        Assert.That(Resolve("scripts/deploy.sh").Outcome, Is.EqualTo(Outcome.Missing));

    [Test]
    public void A_command_run_in_a_known_folder_that_says_dot_slash_means_that_folder()
    {
        var resolver = new ReferenceResolver(Files, new PhantomsConfig());
        Outcome In(string text, string? folder) =>
            resolver.Resolve(new RawReference(text, 1, 1, text.Length, ReferenceKind.Tool) { Folder = folder is null ? null : "/" + folder }, ".github/workflows/ci.yml").Outcome;

        Assert.That(In("./deploy.sh", ""), Is.EqualTo(Outcome.Missing), "a CI step at the root");
        Assert.That(In("./deploy.sh", "tools/sre"), Is.EqualTo(Outcome.Exists));
        Assert.That(In("deploy.sh", ""), Is.EqualTo(Outcome.Exists), "a bare name may be found anywhere");
        Assert.That(In("./deploy.sh", null), Is.EqualTo(Outcome.Exists), "prose and scripts keep the bare-name rule");
    }

    [Test]
    public void A_command_with_a_working_folder_is_looked_for_there_first()
    {
        var resolver = new ReferenceResolver(new Inventory(["app/build.sh", "build.sh"]), new PhantomsConfig());
        Resolution.Resolution In(string text, string? folder) =>
            resolver.Resolve(new RawReference(text, 1, 1, text.Length, ReferenceKind.Tool) { Folder = folder is null ? null : "/" + folder }, ".github/workflows/ci.yml");

        Assert.That(In("./build.sh", "app").Target, Is.EqualTo("app/build.sh"));
        Assert.That(In("./build.sh", null).Target, Is.EqualTo("build.sh"));
        Assert.That((In("./build.sh", "web").Outcome, In("./build.sh", "web").Target), Is.EqualTo((Outcome.Missing, "web/build.sh")), "a step runs './x' in its own folder only");
        Assert.That((In("./run.sh", "web").Outcome, In("./run.sh", "web").Target), Is.EqualTo((Outcome.Missing, "web/run.sh")), "a phantom is named where the step runs it");
    }

    [Test]
    public void Letter_case_differences_are_named()
    {
        var r = Resolve("tools2/build.sh");
        Assert.That((r.Outcome, r.CaseVariant), Is.EqualTo((Outcome.Missing, "Tools2/Build.sh")));
    }

    [Test]
    public void Links_resolve_relative_to_their_file_and_may_name_folders()
    {
        Assert.That(Resolve("guide/intro.md", "docs/index.md", ReferenceKind.Link).Outcome, Is.EqualTo(Outcome.Exists));
        Assert.That(Resolve("guide", "docs/index.md", ReferenceKind.Link).Outcome, Is.EqualTo(Outcome.Exists));
        Assert.That(Resolve("guide/intro.md", "README.md", ReferenceKind.Link).Outcome, Is.EqualTo(Outcome.Missing));
        Assert.That(Resolve("/docs/guide/intro.md", "a/b/c.md", ReferenceKind.Link).Outcome, Is.EqualTo(Outcome.Exists));
    }

    [Test]
    public void Local_actions_need_an_action_file()
    {
        Assert.That(Resolve("./.github/actions/setup", ".github/workflows/ci.yml", ReferenceKind.LocalAction).Outcome, Is.EqualTo(Outcome.Exists));
        Assert.That(Resolve("./.github/actions", ".github/workflows/ci.yml", ReferenceKind.LocalAction).Outcome, Is.EqualTo(Outcome.Missing));
    }

    [TestCase("/usr/bin/x.sh", Outcome.External)]
    [TestCase("~/x.sh", Outcome.External)]
    [TestCase("$HOME/x.sh", Outcome.External)]
    [TestCase("../../x.sh", Outcome.EscapesRoot)]
    [TestCase("$PSScriptRoot/$module/$module.psm1", Outcome.External)]
    [TestCase("tool_name.py", Outcome.Placeholder)]
    [TestCase("claude/tools/{name}.py", Outcome.Placeholder)]
    [TestCase("Node.js", Outcome.Placeholder)]
    [TestCase("remotes/origin/deploy.sh", Outcome.Placeholder)]
    [TestCase("refs/heads/main.sh", Outcome.Placeholder)]
    [TestCase(".py", Outcome.NotAReference)]
    public void Non_phantoms_are_classified(string text, Outcome expected) =>
        Assert.That(Resolve(text).Outcome, Is.EqualTo(expected));

    [Test]
    public void Search_paths_aliases_with_wildcards_and_ignore_patterns_apply()
    {
        var config = new PhantomsConfig { SearchPaths = ["bin-tools"], RootAliases = ["/Users/*/git/repo/"], Ignore = ["legacy/*"] };
        Assert.That(Resolve("sync.sh", "docs/a.md", config: config).Outcome, Is.EqualTo(Outcome.Exists));
        Assert.That(Resolve("/Users/ann/git/repo/tools/sre/deploy.sh", config: config).Outcome, Is.EqualTo(Outcome.Exists));
        Assert.That(Resolve("/Users/ann/bob/git/repo/tools/sre/deploy.sh", config: config).Outcome, Is.EqualTo(Outcome.External));
        Assert.That(Resolve("legacy/old.py", config: config).Outcome, Is.EqualTo(Outcome.Ignored));
    }

    [Test]
    public void Suggestions_prefer_the_same_name_elsewhere_then_the_closest_name()
    {
        var suggester = new Suggester(Files);
        Assert.That(suggester.Suggest("tools/deploy.sh"), Is.EqualTo("tools/sre/deploy.sh"));
        Assert.That(suggester.Suggest("tools/sre/deplyo.sh"), Is.EqualTo("tools/sre/deploy.sh"));
        Assert.That(suggester.Suggest("tools/completely-different.sh"), Is.Null);
    }

    [Test]
    public void The_same_words_in_another_order_are_suggested()
    {
        var suggester = new Suggester(new Inventory(["scripts/check_env.py", "scripts/env_check.sh", "tools/Build-Release.ps1", "a/𐐀x-y.md"]));
        Assert.Multiple(() =>
        {
            Assert.That(suggester.Suggest("scripts/env-check.py"), Is.EqualTo("scripts/check_env.py"));
            Assert.That(suggester.Suggest("release.build.PS1"), Is.EqualTo("tools/Build-Release.ps1"), "other case, other separators");
            Assert.That(suggester.Suggest("docs/y_𐐨X.md"), Is.EqualTo("a/𐐀x-y.md"), "letters outside the 16-bit range compare ignoring case too");
            Assert.That(suggester.Suggest("scripts/env-check.rb"), Is.Null, "another extension");
        });
    }

    [Test]
    public void Names_with_the_same_words_hash_alike()
    {
        // The index keeps word-set hashes; equal word sets (as the set's comparison sees them) must give equal hashes.
        var random = new Random(3);
        string[] words = ["env", "Env", "ENV", "check", "Check", "db", "x", "ß", "İ", "𐐀", "𐐨", "a1"];
        string[] separators = ["_", "-", ".", " ", "__"];
        string[] extensions = [".py", ".PY", ".sh", ".SH", ".ſh", "", ".tar.gz", ".İx", ".ix", ".𐐀"];
        var names = Enumerable.Range(0, 4000).Select(_ =>
            string.Join(separators[random.Next(separators.Length)], Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]))
            + extensions[random.Next(extensions.Length)]).Distinct().ToList();
        var mismatches = names
            .GroupBy(Suggester.WordSet, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(n => Suggester.WordSetHash(n)).Distinct().Count() > 1)
            .Select(g => string.Join(" | ", g))
            .ToList();
        Assert.That(mismatches, Is.Empty);
        Assert.That(Suggester.WordSetHash("check_env.py"), Is.Not.EqualTo(Suggester.WordSetHash("check_env.sh")));
    }
}
