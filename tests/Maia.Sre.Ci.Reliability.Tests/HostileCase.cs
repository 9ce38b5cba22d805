using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>
/// One bad-input scenario: a repository that always holds a planted phantom in README.md (so we can see the rest of
/// the repository was still checked), something hostile added by <see cref="Setup"/>, the arguments, and what must
/// come out: the documented exit code and message fragments, never a stack trace.
/// </summary>
public sealed record HostileCase(string Name, Action<TempRepo> Setup)
{
    public const string PlantedLine = "README.md(1,6): warning MSRE1001: 'tools/ghost.sh': no such file in the repository";

    public string[] Args { get; init; } = ["phantoms", "--root", "."];

    public int ExitCode { get; init; }

    public string[] StdoutContains { get; init; } = [PlantedLine];

    public string[] StderrContains { get; init; } = [];

    public override string ToString() => Name;

    public MaiaProcess.Result Run(string? runAs = null)
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "Run `tools/ghost.sh` first.\n");
        repo.Write("tools/present.sh", "#!/bin/sh\n"); // tools/ is a folder of the repository: the ghost is its phantom
        Setup(repo);
        if (runAs is not null)
        {
            OpenUp(repo.Root);
        }

        try
        {
            return MaiaProcess.Run(repo.Root, Args, null, runAs);
        }
        finally
        {
            Restore(repo.Root);
        }
    }

    private static void OpenUp(string root)
    {
        // The unprivileged user must reach the temporary folder; the scenario's own chmods stay as they are.
        for (var dir = new DirectoryInfo(root); dir is not null && dir.FullName != "/"; dir = dir.Parent)
        {
            if (dir.FullName.StartsWith(Path.GetTempPath().TrimEnd('/'), StringComparison.Ordinal))
            {
                dir.UnixFileMode |= UnixFileMode.OtherExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
            }
        }

        foreach (var file in Directory.EnumerateFiles(root))
        {
            var info = new FileInfo(file);
            if (info.UnixFileMode != UnixFileMode.None)
            {
                info.UnixFileMode |= UnixFileMode.OtherRead;
            }
        }
    }

    private static void Restore(string root)
    {
        try
        {
            RestoreModes(root);
        }
        catch (IOException)
        {
            // Trees deeper than PATH_MAX cannot be enumerated by path; TempRepo removes them with rm -rf.
        }
    }

    private static void RestoreModes(string root)
    {
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }))
        {
            if (entry.LinkTarget is null && entry.UnixFileMode == UnixFileMode.None)
            {
                entry.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }
        }
    }
}
