namespace Maia.Sre.Ci.Preflight;

/// <summary>Finds an unfinished git operation from the state files git leaves in the git folder (read, never changed).</summary>
internal static class GitOperations
{
    /// <summary>The operations in progress in <paramref name="gitDir"/> (a work tree's own git folder), in words.</summary>
    public static IReadOnlyList<string> InProgress(string gitDir)
    {
        var found = new List<string>();
        if (File.Exists(Path.Combine(gitDir, "MERGE_HEAD")))
        {
            found.Add("a merge");
        }

        if (Directory.Exists(Path.Combine(gitDir, "rebase-merge")))
        {
            found.Add("a rebase");
        }
        else if (Directory.Exists(Path.Combine(gitDir, "rebase-apply")))
        {
            found.Add(File.Exists(Path.Combine(gitDir, "rebase-apply", "applying")) ? "an am (mailbox apply)" : "a rebase");
        }

        if (File.Exists(Path.Combine(gitDir, "CHERRY_PICK_HEAD")))
        {
            found.Add("a cherry-pick");
        }

        if (File.Exists(Path.Combine(gitDir, "REVERT_HEAD")))
        {
            found.Add("a revert");
        }

        if (File.Exists(Path.Combine(gitDir, "BISECT_LOG")))
        {
            found.Add("a bisect");
        }

        return found;
    }

    /// <summary>The changed paths in <c>git status --porcelain=v1 -z</c> output (a rename's old path is skipped).</summary>
    public static IReadOnlyList<string> ChangedPaths(string porcelain)
    {
        var fields = porcelain.Split('\0');
        var paths = new List<string>();
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Length < 4)
            {
                continue;
            }

            paths.Add(field[3..]);
            if (field[0] is 'R' or 'C' || field[1] is 'R' or 'C')
            {
                i++; // the next field is the original path
            }
        }

        return paths;
    }
}
