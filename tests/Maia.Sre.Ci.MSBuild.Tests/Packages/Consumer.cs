using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.MSBuild.Tests.Packages;

/// <summary>A temporary copy of <c>samples/msbuild-consumer</c> that restores the packed package from the temporary feed.</summary>
public sealed class Consumer : IDisposable
{
    private readonly TempRepo repo = new(Path.Combine(RepoPaths.Samples, "msbuild-consumer"));

    public Consumer()
    {
        // Adds the temporary feed beside the machine's own sources (no <clear/>), and maps the package to it alone.
        repo.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="maia-sre-test-feed" value="{PackedPackage.Feed}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="maia-sre-test-feed">
                  <package pattern="Maia.Sre.Ci.*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // A committed git work tree, as the preflight rules of `check` expect of a repository.
        repo.InitGit();
    }

    public string Root => repo.Root;

    /// <summary>Writes a file of the consumer repository.</summary>
    public string Write(string relative, string content) => repo.Write(relative, content);

    /// <summary>Fixes the planted phantom.</summary>
    public void CreateDeployScript() => Write("scripts/deploy.sh", "#!/usr/bin/env bash\necho deploy\n");

    /// <summary><c>dotnet build</c> of the consumer's solution; output is the console logger's.</summary>
    public ChildProcess.Outcome Build(params string[] extra) =>
        ChildProcess.Run(
            "dotnet",
            ["build", "MsBuildConsumer.sln", "-nologo", "-tl:off", "-nodeReuse:false", "--disable-build-servers", $"-p:MaiaSreVersion={PackedPackage.Version}", .. extra],
            Root,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackedPackage.PackagesFolder, ["GITHUB_ACTIONS"] = null });

    public void Dispose() => repo.Dispose();
}
