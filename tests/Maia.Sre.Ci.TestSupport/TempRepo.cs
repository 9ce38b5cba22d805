using System.Diagnostics;

namespace Maia.Sre.Ci.TestSupport;

/// <summary>A throwaway repository folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempRepo : IDisposable
{
    public TempRepo(string? copyFrom = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "maia-sre-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (copyFrom is not null)
        {
            CopyTree(copyFrom, Root);
        }
    }

    public string Root { get; }

    /// <summary>Writes a file (folders created), returning its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Makes a named pipe (<c>mkfifo</c>) at <paramref name="relative"/>, returning its full path.</summary>
    public string MakeFifo(string relative)
    {
        var full = Path.Combine(Root, relative);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [full])!;
        mkfifo.WaitForExit();
        return full;
    }

    /// <summary>Initialises a git repository with an identity, commits everything, and returns this.</summary>
    public TempRepo InitGit(bool commit = true)
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Test");
        Git("config", "user.email", "test@example.invalid");
        Git("config", "commit.gpgsign", "false");
        if (commit)
        {
            Git("add", "-A");
            Git("commit", "-q", "-m", "initial", "--allow-empty");
        }

        return this;
    }

    /// <summary>Runs git in the repository and returns its standard output; throws when it fails.</summary>
    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output;
    }

    public static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Trees deeper than PATH_MAX or with odd permissions: rm handles them.
            using var rm = Process.Start("rm", ["-rf", Root]);
            rm.WaitForExit();
        }
    }
}
