namespace Maia.Sre.Ci.Workspace;

/// <summary>
/// Reads what changed since a reference: <c>git diff --name-status -M</c> from the merge base of the reference and
/// <c>HEAD</c> to the work tree (so commits on the branch and uncommitted edits both count, as a pull request's
/// final state would), plus untracked files that are not ignored.
/// </summary>
public static class GitChanges
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The changes since <paramref name="baseRef"/>; throws <see cref="ChangeSetException"/> when they cannot be worked out.</summary>
    public static ChangeSet Read(string root, string baseRef, IProcessRunner runner)
    {
        if (baseRef.Length == 0 || baseRef.StartsWith('-'))
        {
            throw new ChangeSetException($"--changed-since: '{baseRef}' is not a git reference");
        }

        var verify = Git(runner, root, "rev-parse", "--verify", "--quiet", baseRef + "^{commit}");
        if (!verify.Succeeded)
        {
            throw new ChangeSetException(
                $"--changed-since: '{baseRef}' is not a commit in this repository. CI checkouts are often shallow: " +
                $"fetch it first (for example 'git fetch origin main', or 'fetch-depth: 0' in actions/checkout)");
        }

        var mergeBase = Git(runner, root, "merge-base", baseRef, "HEAD");
        if (!mergeBase.Succeeded)
        {
            throw new ChangeSetException(
                $"--changed-since: '{baseRef}' and HEAD have no common commit here (a shallow clone?); fetch more history " +
                $"(for example 'fetch-depth: 0' in actions/checkout, or 'git fetch --unshallow')");
        }

        var baseCommit = mergeBase.StandardOutput.Trim();
        var diff = Git(runner, root, "-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", "--no-ext-diff", baseCommit, "--");
        var untracked = Git(runner, root, "-c", "core.quotepath=off", "ls-files", "-z", "--others", "--exclude-standard");
        if (!diff.Succeeded || !untracked.Succeeded)
        {
            var failed = diff.Succeeded ? untracked : diff;
            throw new ChangeSetException($"--changed-since: git could not list the changes since '{baseRef}': {failed.StandardError.Trim()}");
        }

        var changed = new List<string>(untracked.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries));
        var deleted = new List<string>();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = diff.StandardOutput.Split('\0');
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            var status = fields[i];
            if (status.Length == 0)
            {
                continue;
            }

            switch (status[0])
            {
                case 'D':
                    deleted.Add(fields[i + 1]);
                    break;
                case 'R' or 'C' when i + 2 < fields.Length:
                    if (status[0] == 'R')
                    {
                        renames[fields[i + 1]] = fields[i + 2];
                    }

                    changed.Add(fields[i + 2]);
                    i++;
                    break;
                default:
                    changed.Add(fields[i + 1]);
                    break;
            }
        }

        return new ChangeSet(baseRef, baseCommit, changed, deleted, renames);
    }

    private static ProcessResult Git(IProcessRunner runner, string root, params string[] arguments) => runner.Run("git", arguments, root, Timeout);
}
