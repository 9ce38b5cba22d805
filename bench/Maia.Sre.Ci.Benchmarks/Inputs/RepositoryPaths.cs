namespace Maia.Sre.Ci.Benchmarks.Inputs;

/// <summary>
/// Deterministic repository-relative paths in the shape of a monorepo: docs, tools, scripts, services with sources,
/// build output (<c>bin/</c>, <c>obj/</c>), <c>node_modules</c>, vendored code, workflows, local actions, images.
/// The default globs keep about 30 % of them as sources; about 30 % are under the default excludes.
/// </summary>
public static class RepositoryPaths
{
    private static readonly string[] Fixed =
    [
        "README.md", "Makefile", "docs/guides/setup.md", "scripts/deploy/deploy.sh", ".github/workflows/ci.yml",
        "scripts/lib/common.sh", "scripts/lib/log.sh",
    ];

    /// <summary><paramref name="count"/> distinct paths, sorted ordinally (the order the workspace lister gives).</summary>
    public static string[] Generate(int count)
    {
        var random = new Random(20261126);
        var paths = new HashSet<string>(Fixed, StringComparer.Ordinal);
        while (paths.Count < count)
        {
            paths.Add(Next(random));
        }

        var sorted = paths.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static string Next(Random random)
    {
        var n = random.Next(400);
        var s = random.Next(24);
        return random.Next(20) switch
        {
            0 or 1 => $"docs/{Pick(random, "guides", "reference", "runbooks", "adr")}/{Pick(random, "guide", "api", "deploy", "adr")}_{n}.md",
            2 => $"tools/{Pick(random, "lint/check", "deploy/check", "data/export", "release/notes")}_{n % 60}.py",
            3 => $"tools/render/render_{n % 40}.js",
            4 => $"scripts/{Pick(random, "setup/setup", "ci/verify", "release/release", "deploy/deploy")}_{n % 50}.sh",
            5 or 6 or 7 => $"services/svc_{s}/src/Module_{n % 30}/File_{random.Next(60)}.cs",
            8 => $"services/svc_{s}/{Pick(random, "README.md", "Makefile", "Dockerfile", "service.yml")}",
            9 => $"services/svc_{s}/docs/notes_{n % 40}.md",
            10 => $"services/svc_{s}/tests/Module_{n % 30}Tests_{random.Next(20)}.cs",
            11 => $"services/svc_{s}/{Pick(random, "bin/Release/net10.0", "obj/Release/net10.0")}/File_{n}.{Pick(random, "dll", "pdb", "json")}",
            12 or 13 => $"node_modules/pkg_{n}/{Pick(random, "index.js", "README.md", "package.json", "lib/util.js", "lib/cli.js")}",
            14 => $"vendor/lib_{n % 20}/src/part_{random.Next(50)}.{Pick(random, "c", "h", "sh", "md")}",
            15 => n % 2 == 0 ? $".github/workflows/wf_{n % 30}.yml" : $".github/actions/setup_{n % 6}/action.yml",
            16 => $"assets/img_{n % 80}.png",
            17 => $"packages/pkg_{n % 40}/{Pick(random, "package.json", "package-lock.json", "README.md", "src/index.ts")}",
            18 => $"packages/pkg_{n % 40}/scripts/build_{random.Next(10)}.sh",
            _ => $"examples/example_{n % 60}/{Pick(random, "README.md", "run.sh", "main.py", "justfile")}",
        };
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
