using System.Runtime.InteropServices;
using System.Text;

namespace Maia.Sre.Ci.Preflight;

/// <summary>Asks the operating system whether a path could be written, without writing it; injected so tests can fake it.</summary>
public interface IAccessProbe
{
    /// <summary>True when the current user may write <paramref name="fullPath"/> (a file, or a folder's entries).</summary>
    bool CanWrite(string fullPath);
}

/// <summary>
/// The real probe: <c>access(path, W_OK)</c> on Unix, which also answers for root (read-only mounts, immutable files),
/// and the read-only attribute on Windows. It never opens the path for writing.
/// </summary>
public sealed class AccessProbe : IAccessProbe
{
    /// <summary>A shared instance.</summary>
    public static readonly AccessProbe Instance = new();

    private const int WriteOk = 2;

    /// <inheritdoc/>
    public bool CanWrite(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no access(2); folders are treated as writable and files by their read-only attribute.
            return Directory.Exists(fullPath) || !File.GetAttributes(fullPath).HasFlag(FileAttributes.ReadOnly);
        }

        // A NUL-terminated UTF-8 byte string, as the C library expects.
        return Access(Encoding.UTF8.GetBytes(fullPath + "\0"), WriteOk) == 0;
    }

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access(byte[] path, int mode);
}
