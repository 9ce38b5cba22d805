using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests.Packages;

/// <summary>
/// Packs Maia.Sre.Ci.MSBuild once for the package tests into a temporary local feed, with a temporary NuGet package
/// folder so the test package never lands in the machine's global package cache.
/// </summary>
[SetUpFixture]
public sealed class PackedPackage
{
    private static TempRepo? folder;

    public static string Feed => Path.Combine(Folder.Root, "feed");

    public static string PackagesFolder => Path.Combine(Folder.Root, "nuget-packages");

    public static string Version { get; private set; } = "";

    private static TempRepo Folder => folder ?? throw new InvalidOperationException("the package was not packed");

    [OneTimeSetUp]
    public void Pack()
    {
        folder = new TempRepo();
        var project = Path.Combine(RepoPaths.Root, "src", "Maia.Sre.Ci.MSBuild", "Maia.Sre.Ci.MSBuild.csproj");
        var outcome = ChildProcess.Run("dotnet", ["pack", project, "-c", "Release", "-o", Feed, "-p:MaiaSrePackAll=true", "-nologo", "-v:q", "-nodeReuse:false"], RepoPaths.Root);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        var package = Directory.GetFiles(Feed, "Maia.Sre.Ci.MSBuild.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package)["Maia.Sre.Ci.MSBuild.".Length..];
    }

    [OneTimeTearDown]
    public void Clean() => folder?.Dispose();
}
