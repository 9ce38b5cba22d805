using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Preflight;

namespace Maia.Sre.Ci.Preflight;

/// <summary>MSRE2001–MSRE2006: work tree, identity, unfinished operation, clean tree, detached HEAD, shallow clone.</summary>
internal sealed class GitChecks(GitPreflightConfig config, GitProbe git, PreflightRecorder recorder)
{
    /// <summary>Runs every enabled git check; the others need a work tree, so they are skipped without one.</summary>
    public void Run()
    {
        var state = git.Run("rev-parse", "--is-inside-work-tree", "--absolute-git-dir", "--is-shallow-repository");
        var lines = state.StandardOutput.Split('\n', StringSplitOptions.TrimEntries);
        var problem = !state.Succeeded ? git.Failure(state, "find the work tree")
            : lines.Length < 3 || lines[0] != "true" ? "the root is inside a git folder or a bare repository, not a work tree"
            : null;
        if (problem is not null)
        {
            if (config.RequireWorkTree)
            {
                recorder.Found(GitWorkTreeRule.Descriptor, Subjects.WorkTree, Severity.Critical, $"not a usable git work tree: {problem}");
            }
            else if (state.TimedOut)
            {
                recorder.Found(GitWorkTreeRule.Descriptor, Subjects.WorkTree, Severity.Error, problem);
            }
            else
            {
                recorder.Passed(GitWorkTreeRule.Descriptor, Subjects.WorkTree, $"not a git work tree, which preflight.git.requireWorkTree allows ({problem})");
            }

            return;
        }

        recorder.Passed(GitWorkTreeRule.Descriptor, Subjects.WorkTree, "inside a git work tree");
        CheckIdentity();
        CheckOperation(lines[1]);
        CheckClean();
        CheckDetached();
        Check(GitShallowCloneRule.Descriptor, Subjects.Shallow, config.Shallow, lines[2] == "true" ? "the clone is shallow: tags, describe, changelogs and diffs against other branches lack history" : null, "full history");
    }

    private void CheckIdentity()
    {
        if (config.Identity is not { } severity)
        {
            return;
        }

        var missing = new List<string>();
        foreach (var key in new[] { "user.name", "user.email" })
        {
            var value = git.Run("config", "--get", key);
            if (value.TimedOut || !value.Started)
            {
                recorder.Found(GitIdentityRule.Descriptor, Subjects.Identity, Max(severity, Severity.Error), git.Failure(value, "read " + key));
                return;
            }

            if (value.ExitCode != 0 || value.StandardOutput.Trim().Length == 0)
            {
                missing.Add(key);
            }
        }

        var message = missing.Count == 0 ? null : $"git identity is not configured: {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} unset, so commits will fail";
        Check(GitIdentityRule.Descriptor, Subjects.Identity, severity, message, "user.name and user.email are configured");
    }

    private void CheckOperation(string gitDir)
    {
        var found = GitOperations.InProgress(gitDir);
        var message = found.Count == 0 ? null : $"{string.Join(" and ", found)} {(found.Count == 1 ? "is" : "are")} in progress; finish or abort it before the job runs";
        Check(GitOperationInProgressRule.Descriptor, Subjects.Operation, config.OperationInProgress, message, "no merge, rebase, cherry-pick, revert or bisect in progress");
    }

    private void CheckClean()
    {
        if (config.Clean is not { } severity)
        {
            return;
        }

        var status = git.Run("status", "--porcelain=v1", "-z", "--untracked-files=normal", "--ignore-submodules=none");
        if (!status.Succeeded)
        {
            recorder.Found(GitCleanTreeRule.Descriptor, Subjects.Clean, Max(severity, Severity.Error), git.Failure(status, "read the working tree status"));
            return;
        }

        var changed = GitOperations.ChangedPaths(status.StandardOutput);
        var first = string.Join(", ", changed.Take(5)) + (changed.Count > 5 ? ", ..." : "");
        var message = changed.Count == 0 ? null : $"the working tree has {changed.Count} changed {(changed.Count == 1 ? "file" : "files")}: {first}";
        Check(GitCleanTreeRule.Descriptor, Subjects.Clean, severity, message, "the working tree is clean");
    }

    private void CheckDetached()
    {
        if (config.DetachedHead is not { } severity)
        {
            return;
        }

        var branch = git.Run("symbolic-ref", "-q", "HEAD");
        if (branch.TimedOut || !branch.Started || branch.ExitCode > 1)
        {
            recorder.Found(GitDetachedHeadRule.Descriptor, Subjects.Detached, Max(severity, Severity.Error), git.Failure(branch, "read HEAD"));
            return;
        }

        var head = branch.ExitCode == 1 ? git.Run("rev-parse", "--short", "HEAD") : null;
        var at = head is { Succeeded: true } ? " at " + head.StandardOutput.Trim() : "";
        var message = branch.ExitCode == 1 ? $"HEAD is detached{at}: commits made now belong to no branch" : null;
        Check(GitDetachedHeadRule.Descriptor, Subjects.Detached, severity, message, "on branch " + branch.StandardOutput.Trim().Replace("refs/heads/", "", StringComparison.Ordinal));
    }

    private void Check(Model.RuleDescriptor rule, string subject, Severity? severity, string? problem, string passMessage)
    {
        if (severity is not { } level)
        {
            return;
        }

        if (problem is null)
        {
            recorder.Passed(rule, subject, passMessage);
        }
        else
        {
            recorder.Found(rule, subject, level, problem);
        }
    }

    private static Severity Max(Severity a, Severity b) => a > b ? a : b;

    /// <summary>The checks' subjects.</summary>
    internal static class Subjects
    {
        public const string WorkTree = "git.work-tree";
        public const string Identity = "git.identity";
        public const string Operation = "git.operation";
        public const string Clean = "git.clean";
        public const string Detached = "git.detached-head";
        public const string Shallow = "git.shallow";
    }
}
