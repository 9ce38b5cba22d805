namespace Maia.Sre.Ci.Fixes;

/// <summary>What applying (or previewing) a selection of fixes did.</summary>
/// <param name="Patches">The files changed (or, for a preview, that would change), in path order.</param>
/// <param name="Skipped">Files left alone, each with the reason.</param>
public sealed record FixOutcome(IReadOnlyList<FilePatch> Patches, IReadOnlyList<(string File, string Problem)> Skipped)
{
    /// <summary>References rewritten.</summary>
    public int References => Patches.Sum(p => p.Edits.Count);
}

/// <summary>Applies a <see cref="FixSelection"/> file by file (see <see cref="FilePatch"/>), or only prepares it for a diff.</summary>
public static class FixApplier
{
    /// <summary>
    /// Prepares every file's edits and, when <paramref name="write"/>, writes each file; a file that cannot be fixed is
    /// left alone and listed with why. Cancelling stops between files: each file is written whole or not at all.
    /// <paramref name="beforeReplace"/> is for tests (see <see cref="FilePatch.Write"/>).
    /// </summary>
    public static FixOutcome Apply(string root, FixSelection selection, bool write, Action<string>? beforeReplace = null, CancellationToken cancellation = default)
    {
        var patches = new List<FilePatch>();
        var skipped = new List<(string, string)>();
        foreach (var file in selection.EditsByFile())
        {
            cancellation.ThrowIfCancellationRequested();
            var patch = FilePatch.Prepare(root, file.Key, file, out var problem);
            problem ??= write ? patch!.Write(beforeReplace) : null;
            if (problem is null)
            {
                patches.Add(patch!);
            }
            else
            {
                skipped.Add((file.Key, problem));
            }
        }

        return new FixOutcome(patches, skipped);
    }
}
