using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// A throwaway .NET CLI home and NuGet package folder, so installing tools touches neither the user's global tools,
/// caches nor package sources. The user-level NuGet.Config it writes has no package source at all, so the only source
/// is the one a command adds (<c>--add-source</c> / <c>--source</c>): the tests run offline and prove that flag works.
/// </summary>
public sealed class DotnetSandbox : IDisposable
{
    private readonly TempRepo folder = new();

    public DotnetSandbox()
    {
        folder.Write(".home/.nuget/NuGet/NuGet.Config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources />\n</configuration>\n");
        Directory.CreateDirectory(Path.Combine(folder.Root, ".packages"));
    }

    public string Root => folder.Root;

    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["DOTNET_CLI_HOME"] = Path.Combine(folder.Root, ".home"),
        ["NUGET_PACKAGES"] = Path.Combine(folder.Root, ".packages"),
    };

    /// <summary>Runs <c>dotnet</c> with the sandbox's environment.</summary>
    public ProcessRun.Result Dotnet(string workingDirectory, params string[] args) =>
        ProcessRun.Run("dotnet", args, workingDirectory, Environment);

    /// <summary>Runs a program (an installed tool) with the sandbox's environment.</summary>
    public ProcessRun.Result Run(string fileName, string workingDirectory, params string[] args) =>
        ProcessRun.Run(fileName, args, workingDirectory, Environment);

    public void Dispose() => folder.Dispose();
}
