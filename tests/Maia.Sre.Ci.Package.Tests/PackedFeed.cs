using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// A temporary local feed holding every package, packed once per test run with <c>scripts/pack.sh</c>, the script CI
/// and releases use.
/// </summary>
public static partial class PackedFeed
{
    private static readonly ScriptIntoTempFolder Feed = new("pack.sh", [], timeoutSeconds: 300);

    /// <summary>The feed folder.</summary>
    public static string Folder => Feed.Folder;

    /// <summary>The tool package's path.</summary>
    public static string ToolPackage => Directory.GetFiles(Folder, "Maia.Sre.Ci.Tool.*.nupkg").Single();

    /// <summary>The packed tool's version, read from the package's file name.</summary>
    public static string ToolVersion => ToolPackageName().Match(Path.GetFileName(ToolPackage)).Groups[1].Value;

    /// <summary>Deletes the feed if a test packed it.</summary>
    public static void Delete() => Feed.Delete();

    [GeneratedRegex(@"^Maia\.Sre\.Ci\.Tool\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex ToolPackageName();
}

/// <summary>Removes the packed feed after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class PackedFeedCleanup
{
    [OneTimeTearDown]
    public void DeleteFeed() => PackedFeed.Delete();
}
