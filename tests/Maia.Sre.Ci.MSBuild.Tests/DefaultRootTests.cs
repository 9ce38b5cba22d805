using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>The package's default <c>MaiaSreRoot</c>, evaluated by real MSBuild from build/Maia.Sre.Ci.MSBuild.targets.</summary>
public sealed class DefaultRootTests
{
    private static string Targets => Path.Combine(RepoPaths.Root, "src", "Maia.Sre.Ci.MSBuild", "build", "Maia.Sre.Ci.MSBuild.targets");

    [TestCase("src/App", "")]
    [TestCase("libs/sub/src/Lib", "libs/sub")]
    [TestCase("tools", "")]
    public void The_default_root_is_the_nearest_folder_holding_git(string project, string expectedRoot)
    {
        using var repo = new TempRepo();
        repo.Write(".git/HEAD", "ref: refs/heads/main\n");       // a clone: .git is a folder
        repo.Write("libs/sub/.git", "gitdir: ../../.git/modules/sub\n");   // a submodule: .git is a file

        Assert.That(RootOf(repo.Write(project + "/x.proj", Project)), Is.EqualTo(Path.Combine(repo.Root, expectedRoot).TrimEnd('/') + "/"));
    }

    [Test]
    public void Outside_git_the_default_root_is_the_project_folder()
    {
        using var repo = new TempRepo();

        Assert.That(RootOf(repo.Write("x.proj", Project)), Is.EqualTo(repo.Root + "/"));
    }

    private static string Project => $"""<Project><Import Project="{Targets}" /><Target Name="Build" /></Project>""";

    private static string RootOf(string projectFile)
    {
        var outcome = ChildProcess.Run("dotnet", ["msbuild", projectFile, "-getProperty:MaiaSreRoot", "-nodeReuse:false", "-nologo"], Path.GetDirectoryName(projectFile)!);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        return outcome.Out.Trim();
    }
}
