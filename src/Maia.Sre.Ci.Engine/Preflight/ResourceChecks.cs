using System.Globalization;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Preflight;

namespace Maia.Sre.Ci.Preflight;

/// <summary>MSRE2011 and MSRE2012: configured paths are writable (asked, never tried) and the root's volume has room.</summary>
internal static class ResourceChecks
{
    private const double BytesPerGb = 1e9;

    /// <summary>Checks each of <c>preflight.writablePaths</c>; a missing one is a warning, as in the original checker.</summary>
    public static void Writable(string root, IReadOnlyList<string> paths, IAccessProbe probe, PreflightRecorder recorder)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            var subject = "writable:" + path;
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                recorder.Found(WritePermissionRule.Descriptor, subject, Severity.Warning, $"'{path}' does not exist, so its write permission cannot be checked", path);
            }
            else if (probe.CanWrite(full))
            {
                recorder.Passed(WritePermissionRule.Descriptor, subject, $"'{path}' is writable");
            }
            else
            {
                var kind = Directory.Exists(full) ? "folder" : "file";
                recorder.Found(WritePermissionRule.Descriptor, subject, Severity.Critical, $"{kind} '{path}' is not writable (permissions, a read-only mount or an immutable file)", path);
            }
        }
    }

    /// <summary>Checks that the root's volume has at least <paramref name="minimumGb"/> GB free; 0 turns the check off.</summary>
    public static void DiskSpace(string root, double minimumGb, IDiskSpaceProbe probe, PreflightRecorder recorder)
    {
        if (minimumGb <= 0)
        {
            return;
        }

        const string subject = "disk.free-space";
        var available = probe.AvailableBytes(root);
        var required = Gb(minimumGb * BytesPerGb);
        if (available is not { } bytes)
        {
            recorder.Found(DiskSpaceRule.Descriptor, subject, Severity.Warning, $"the free space of the root's volume could not be read; {required} GB are required");
        }
        else if (bytes < minimumGb * BytesPerGb)
        {
            recorder.Found(DiskSpaceRule.Descriptor, subject, Severity.Critical, $"only {Gb(bytes)} GB free on the root's volume; at least {required} GB are required (preflight.minFreeDiskGb)");
        }
        else
        {
            recorder.Passed(DiskSpaceRule.Descriptor, subject, $"{Gb(bytes)} GB free on the root's volume (at least {required} GB required)");
        }
    }

    private static string Gb(double bytes) => (bytes / BytesPerGb).ToString("0.##", CultureInfo.InvariantCulture);
}
