using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.TestSupport;

/// <summary>
/// A process runner whose git sees no system or global configuration and a fresh, empty HOME, so identity and other
/// settings come only from the repository under test (CI machines differ in what they have configured).
/// </summary>
public sealed class IsolatedGit : IDisposable
{
    public IsolatedGit()
    {
        Home = Path.Combine(Path.GetTempPath(), "maia-sre-tests", "home-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Home);
        Runner = new ProcessRunner(new Dictionary<string, string?>
        {
            ["HOME"] = Home,
            ["XDG_CONFIG_HOME"] = Home,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_AUTHOR_NAME"] = null,
            ["GIT_AUTHOR_EMAIL"] = null,
            ["GIT_COMMITTER_NAME"] = null,
            ["GIT_COMMITTER_EMAIL"] = null,
            ["EMAIL"] = null,
        });
    }

    public string Home { get; }

    public ProcessRunner Runner { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
