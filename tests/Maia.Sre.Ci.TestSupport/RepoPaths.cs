namespace Maia.Sre.Ci.TestSupport;

/// <summary>Locations inside this repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maia.Sre.Ci.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Maia.Sre.Ci.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (folder of Maia.Sre.Ci.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>tests/Fixtures.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>samples/.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>True when golden files should be rewritten instead of compared (UPDATE_GOLDEN=1).</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
