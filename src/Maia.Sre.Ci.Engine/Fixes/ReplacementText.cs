using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Fixes;

/// <summary>
/// Writes a new target the way the old one was written. The reference resolved to its target through some prefix
/// (nothing, <c>./</c>, <c>../</c>, a root alias such as <c>$GITHUB_WORKSPACE/</c>, a script-folder variable): the
/// path segments the reference and its target end with alike are the part that named the file, and what comes before
/// them in the reference stands for a folder. The new text keeps that prefix and names the new path from that folder,
/// so relative stays relative (<c>../scripts/deploy.sh</c> → <c>../scripts/release/deploy.sh</c>) and root-relative
/// stays root-relative.
/// </summary>
internal static class ReplacementText
{
    /// <summary>
    /// The text to write instead of <paramref name="written"/> (decoded, without fragment) so it names
    /// <paramref name="newPath"/>, or null when the two cannot be lined up or nothing would change.
    /// </summary>
    public static string? For(string written, string target, string newPath, ReferenceKind kind, Inventory inventory)
    {
        if (written.Length == 0 || target.Length == 0)
        {
            return null;
        }

        // A bare name in prose or a script resolves to the file of that name anywhere: keep it bare when that is one file.
        if (!written.Contains('/', StringComparison.Ordinal) && kind is ReferenceKind.Tool or ReferenceKind.Sourced)
        {
            var name = RepoPath.Name(newPath);
            if (inventory.WithName(name).Count == 1)
            {
                return name == written ? null : name;
            }
        }

        var writtenParts = written.Split('/');
        var targetParts = target.Split('/');
        var shared = 0;
        while (shared < writtenParts.Length && shared < targetParts.Length
            && string.Equals(writtenParts[^(shared + 1)], targetParts[^(shared + 1)], StringComparison.Ordinal))
        {
            shared++;
        }

        if (shared == 0)
        {
            return null; // not even the file name: the reference was rewritten before it resolved
        }

        var sharedLength = writtenParts[^shared..].Sum(p => p.Length) + shared - 1;
        var prefix = written[..^sharedLength];
        var folder = string.Join('/', targetParts[..^shared]);
        var relative = RepoPath.Relative(folder, newPath);
        if (RepoPath.Combine(folder, relative) != newPath)
        {
            return null;
        }

        if (prefix == "./" && relative.StartsWith("../", StringComparison.Ordinal))
        {
            prefix = "";
        }

        var result = prefix + relative;
        return result == written ? null : result;
    }
}
