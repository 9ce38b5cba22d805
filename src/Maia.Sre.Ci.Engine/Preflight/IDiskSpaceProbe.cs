namespace Maia.Sre.Ci.Preflight;

/// <summary>Reads the free space of the volume a path is on; injected so tests can fake it.</summary>
public interface IDiskSpaceProbe
{
    /// <summary>Bytes available to the current user on the volume of <paramref name="fullPath"/>, or null when unknown.</summary>
    long? AvailableBytes(string fullPath);
}

/// <summary>The real probe, through <see cref="DriveInfo"/> (<c>statvfs</c> on Unix).</summary>
public sealed class DiskSpaceProbe : IDiskSpaceProbe
{
    /// <summary>A shared instance.</summary>
    public static readonly DiskSpaceProbe Instance = new();

    /// <inheritdoc/>
    public long? AvailableBytes(string fullPath)
    {
        try
        {
            return new DriveInfo(fullPath).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
