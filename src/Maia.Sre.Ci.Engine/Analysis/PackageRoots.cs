using System.Collections.Concurrent;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Finds the plugin or skill a source belongs to: the nearest folder above it holding a Claude Code plugin manifest
/// (<c>.claude-plugin/plugin.json</c>), a <c>SKILL.md</c> or another agent extension's manifest. Such a folder is
/// copied into other projects, and its instructions name that project's files as well as its own.
/// </summary>
internal sealed class PackageRoots
{
    private static readonly string[] Markers = [".claude-plugin/plugin.json", "SKILL.md", "gemini-extension.json", ".codex-plugin/plugin.json"];

    private readonly Inventory inventory;
    private readonly ConcurrentDictionary<string, string> byFolder = new(StringComparer.Ordinal);

    public PackageRoots(Inventory inventory) => this.inventory = inventory;

    /// <summary>The package folder of <paramref name="source"/>, or null when it is in none (the root is never one).</summary>
    public string? Of(string source)
    {
        var folder = RepoPath.Folder(source);
        var root = byFolder.GetOrAdd(folder, Find);
        return root.Length == 0 ? null : root;
    }

    private string Find(string folder)
    {
        var at = folder;
        while (at.Length > 0)
        {
            foreach (var marker in Markers)
            {
                if (inventory.HasFile(at + "/" + marker))
                {
                    return at;
                }
            }

            at = RepoPath.Folder(at);
        }

        return "";
    }
}
