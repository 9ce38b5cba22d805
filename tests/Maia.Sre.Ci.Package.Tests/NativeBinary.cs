namespace Maia.Sre.Ci.Package.Tests;

/// <summary>
/// The standalone native executable, published once per test run with <c>scripts/publish-native.sh</c> (for this
/// machine's runtime identifier) into a temporary folder. The script keeps its intermediate files in
/// <c>artifacts/native/.build</c>, so only the first run on a clean clone pays for the whole native compile.
/// </summary>
public static class NativeBinary
{
    // An empty RID argument means this machine's, as when the script is run without arguments.
    private static readonly ScriptIntoTempFolder Published = new("publish-native.sh", [""], timeoutSeconds: 900);
    private static readonly Lazy<string> ExecutableLazy = new(Check);

    /// <summary>The folder the script published into.</summary>
    public static string Folder => Published.Folder;

    /// <summary>The executable's path, as the script printed it.</summary>
    public static string Executable => ExecutableLazy.Value;

    /// <summary>Deletes the published folder if a test published it.</summary>
    public static void Delete() => Published.Delete();

    private static string Check()
    {
        var executable = Published.Printed[^1];
        Assert.That(executable, Is.EqualTo(Path.Combine(Published.Folder, OperatingSystem.IsWindows() ? "maia-sre.exe" : "maia-sre")), "the script's last line is the executable's path\n" + string.Join('\n', Published.Printed));
        Assert.That(executable, Does.Exist);
        return executable;
    }
}

/// <summary>Removes the published executable after the last test of this assembly.</summary>
[SetUpFixture]
public sealed class NativeBinaryCleanup
{
    [OneTimeTearDown]
    public void DeleteExecutable() => NativeBinary.Delete();
}
