using System.Collections.Concurrent;
using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Finds the plugin or skill a source belongs to: the nearest folder above it holding a Claude Code plugin manifest
/// (<c>.claude-plugin/plugin.json</c>), a <c>SKILL.md</c> or another agent extension's manifest, or a marketplace's
/// <c>plugins/&lt;name&gt;/</c> with commands, agents or skills. Such a folder is copied into other projects, and its
/// instructions name that project's files as well as its own. The repository's own <c>.claude/</c> and
/// <c>.github/</c> configuration is not one: it describes the repository.
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
        // The repository's own agent configuration describes the repository itself.
        if (folder.StartsWith(".claude", StringComparison.Ordinal) || folder.StartsWith(".github", StringComparison.Ordinal))
        {
            return "";
        }

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

            // A marketplace's plugins live in plugins/<name>/ with their commands, agents and skills.
            var parent = RepoPath.Folder(at);
            if (RepoPath.Name(parent) == "plugins" && (inventory.HasFolder(at + "/commands") || inventory.HasFolder(at + "/agents") || inventory.HasFolder(at + "/skills")))
            {
                return at;
            }

            at = parent;
        }

        return "";
    }
}
