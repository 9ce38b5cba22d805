using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Tells build and run-time outputs from phantoms: a missing path that the repository's ignore rules cover, or that
/// lies in a conventional output folder the repository does not track (<c>dist/</c>, <c>build/</c>, <c>bin/</c>,
/// <c>target/</c>, <c>node_modules/</c> …) of a build it has (a <c>package.json</c>, a project file, a
/// <c>Cargo.toml</c> next to it or at the root), is made by a build or an install, not forgotten. The ignore rules are read
/// the first time a missing file is checked.
/// </summary>
internal sealed class BuildOutputs
{
    private static readonly string[] Node = ["package.json"];
    private static readonly string[] DotNet = [".csproj", ".fsproj", ".vbproj", ".sln", ".slnx"];
    private static readonly string[] Python = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"];

    /// <summary>Output folders and the files that show a build makes them (in the folder above, or at the root).</summary>
    private static readonly (string Folder, string[] Markers)[] OutputFolders =
    [
        ("dist", [.. Node, .. Python]), ("build", [.. Node, .. Python, "CMakeLists.txt", "build.gradle", "Makefile"]),
        ("out", [.. Node, .. DotNet, "tsconfig.json"]), ("bin", DotNet), ("obj", DotNet), ("artifacts", DotNet),
        ("publish", DotNet), ("target", ["Cargo.toml", "pom.xml", "build.sbt"]), (".next", Node), ("coverage", Node),
        ("node_modules", Node), (".nuxt", Node), (".output", Node), (".svelte-kit", Node), (".turbo", Node), ("lib", Node),
        (".venv", Python), ("venv", Python), ("__pycache__", Python), ("site", ["mkdocs.yml", "mkdocs.yaml"]),
        ("_site", ["_config.yml"]), ("_build", ["conf.py", "Makefile"]),
    ];

    private readonly Inventory inventory;
    private readonly Lazy<IgnoreRules> ignore;

    public BuildOutputs(string root, IReadOnlyList<string> files, Inventory inventory)
    {
        this.inventory = inventory;
        ignore = new Lazy<IgnoreRules>(() => IgnoreRules.Load(root, files), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Why the missing <paramref name="target"/> (repository-relative) is an output, or null when it is not one.</summary>
    public string? Why(string target)
    {
        var folder = OutputFolder(target);
        if (folder is not null)
        {
            return $"it lies in '{folder}/', a build or install output folder the repository does not track";
        }

        return ignore.Value.IsIgnored(target) ? "git ignores it: a build or run-time output" : null;
    }

    /// <summary>True when <paramref name="folder"/> holds one of <paramref name="markers"/> (a name, or an extension like <c>.csproj</c>).</summary>
    private bool HasBuild(string folder, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (marker[0] != '.' ? inventory.HasFile(folder.Length == 0 ? marker : folder + "/" + marker) : HasExtensionIn(folder, marker))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasExtensionIn(string folder, string extension)
    {
        foreach (var name in inventory.NamesIn(folder))
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first output folder on the way to <paramref name="target"/> that the repository does not track, or null.</summary>
    private string? OutputFolder(string target)
    {
        var start = 0;
        while (true)
        {
            var slash = target.IndexOf('/', start);
            if (slash < 0)
            {
                return null;
            }

            var segment = target.AsSpan(start, slash - start);
            foreach (var (name, markers) in OutputFolders)
            {
                if (segment.Equals(name, StringComparison.Ordinal) && !inventory.HasFolder(target.AsSpan(0, slash))
                    && (HasBuild(start == 0 ? "" : target[..(start - 1)], markers) || HasBuild("", markers)))
                {
                    return target[..slash];
                }
            }

            start = slash + 1;
        }
    }
}
