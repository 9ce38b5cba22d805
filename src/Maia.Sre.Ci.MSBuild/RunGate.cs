using Microsoft.Build.Framework;

namespace Maia.Sre.Ci.MSBuild;

/// <summary>
/// Makes the lint stage run once per repository per build, not once per project. Within one MSBuild process the
/// result is cached with <c>RegisterTaskObject</c> (build lifetime, like MinVer); across the worker processes of a
/// parallel build a lock file beside the stamp serialises the runs, and a run that had to wait finds the stamp (or the
/// failure marker) written by the run it waited for and does not repeat it. A run that did not wait always runs: a
/// failure marker left by an earlier build must never let this build pass.
/// </summary>
internal sealed class RunGate : IDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    // File times come from a coarser clock than DateTime.UtcNow (and FAT keeps 2 s), so a stamp written just after the
    // wait began can look older; a run that finished a moment before this one started waiting is as good anyway.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(2);
    private readonly FileStream? lockStream;
    private readonly DateTime waitStartUtc;

    private RunGate(string? stampFile, FileStream? lockStream, DateTime waitStartUtc, bool waited)
    {
        StampFile = stampFile;
        this.lockStream = lockStream;
        this.waitStartUtc = waitStartUtc;
        Waited = waited;
    }

    /// <summary>True when another process held the lock, i.e. ran the check concurrently with this one.</summary>
    public bool Waited { get; }

    public string? StampFile { get; }

    private string? FailureMarker => StampFile is null ? null : StampFile + ".failed";

    /// <summary>The result recorded in this process for <paramref name="key"/> during this build, if any.</summary>
    public static RunRecord? Cached(IBuildEngine engine, string key) =>
        (engine as IBuildEngine4)?.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) as RunRecord;

    /// <summary>Records this process's result for the rest of the build.</summary>
    public static void Record(IBuildEngine engine, string key, RunRecord record) =>
        (engine as IBuildEngine4)?.RegisterTaskObject(key, record, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);

    /// <summary>
    /// Takes the repository's lock (waiting for another process's run to finish); no stamp means no lock.
    /// <paramref name="whileWaiting"/> runs once when the lock is found taken (tests use it to act as that process).
    /// </summary>
    public static RunGate Enter(string? stampFile, Action? whileWaiting = null)
    {
        var start = DateTime.UtcNow;
        if (string.IsNullOrEmpty(stampFile))
        {
            return new RunGate(null, null, start, waited: false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stampFile))!);
        var waited = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(stampFile + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new RunGate(stampFile, stream, start, waited);
            }
            catch (IOException) when (DateTime.UtcNow - start < LockTimeout)
            {
                if (!waited)
                {
                    waited = true;
                    whileWaiting?.Invoke();
                }

                Thread.Sleep(100);
            }
        }
    }

    /// <summary>True when another process finished a successful run while this one waited for the lock.</summary>
    public bool OtherRunSucceeded => WrittenSinceWaitStarted(StampFile);

    /// <summary>True when another process finished a failing run while this one waited for the lock.</summary>
    public bool OtherRunFailed => WrittenSinceWaitStarted(FailureMarker);

    /// <summary>Writes the stamp after a passing run (the target's output), or removes it and marks the failure.</summary>
    public void Complete(bool succeeded, string summary)
    {
        if (StampFile is null || FailureMarker is null)
        {
            return;
        }

        var (write, remove) = succeeded ? (StampFile, FailureMarker) : (FailureMarker, StampFile);
        File.Delete(remove);
        File.WriteAllText(write, summary + Environment.NewLine);
    }

    public void Dispose() => lockStream?.Dispose();

    private bool WrittenSinceWaitStarted(string? path) =>
        Waited && path is not null && File.Exists(path) && File.GetLastWriteTimeUtc(path) >= waitStartUtc - ClockSlack;
}

/// <summary>The outcome of one run, shared with the other projects of the same build.</summary>
internal sealed class RunRecord
{
    public RunRecord(bool succeeded, string projectFile)
    {
        Succeeded = succeeded;
        ProjectFile = projectFile;
    }

    public bool Succeeded { get; }

    public string ProjectFile { get; }
}
