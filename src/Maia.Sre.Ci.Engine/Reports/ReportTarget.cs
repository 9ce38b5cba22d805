using System.Net.Sockets;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Reports;

/// <summary>
/// Decides how a report path is written. Renaming a finished temporary file over the path (the atomic write) is right
/// for a regular file only: as root it would replace a device, a FIFO or a link such as <c>/dev/stdout</c> with a
/// regular file, breaking every later command that uses it. So only a regular file, a missing path, or the regular
/// file a link leads to is replaced; everything else is opened and written in place.
/// </summary>
internal readonly record struct ReportTarget(ReportTarget.WriteMode Mode, string Path, FileKind Kind)
{
    /// <summary>How the path is written.</summary>
    public enum WriteMode
    {
        /// <summary>A temporary file renamed over <see cref="Path"/>.</summary>
        Replace,

        /// <summary>Opened and written where it is (a device, a FIFO, a socket, a descriptor under <c>/proc</c>).</summary>
        InPlace,

        /// <summary>A folder: no report can go there.</summary>
        Folder,
    }

    private const int MaxLinks = 40; // as the kernel's own limit on a chain of links

    /// <summary>How <paramref name="full"/> (an absolute path) is written.</summary>
    public static ReportTarget Of(string full)
    {
        // Follow the chain of links by hand: a link under /proc (/proc/self/fd/1, where /dev/stdout leads) names an
        // open descriptor, not a file, and is always written through, whatever it leads to.
        var current = full;
        for (var hops = 0; hops < MaxLinks; hops++)
        {
            var kind = FileKinds.Of(current, followLinks: false);
            if (kind != FileKind.Link)
            {
                return kind switch
                {
                    FileKind.Missing or FileKind.Regular => new(WriteMode.Replace, current, kind),
                    FileKind.Directory => new(WriteMode.Folder, current, kind),
                    _ => new(WriteMode.InPlace, current, kind),
                };
            }

            if (IsUnderProc(current))
            {
                return new(WriteMode.InPlace, full, FileKinds.Of(full, followLinks: true));
            }

            var next = new FileInfo(current).LinkTarget;
            if (next is null)
            {
                break; // it stopped being a link while we looked
            }

            current = System.IO.Path.GetFullPath(next, System.IO.Path.GetDirectoryName(current) ?? "/");
        }

        return new(WriteMode.InPlace, full, FileKind.Unknown); // a loop: opening it reports the error
    }

    /// <summary>Opens the target where it is and writes <paramref name="write"/>'s output to it.</summary>
    public static void WriteInPlace(ReportTarget target, Action<Stream> write)
    {
        if (target.Kind == FileKind.Socket)
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(target.Path));
            using var network = new NetworkStream(socket, ownsSocket: false);
            write(network);
            network.Flush();
            socket.Shutdown(SocketShutdown.Send);
            return;
        }

        // A regular file behind a descriptor (standard output redirected to a file) is appended to, as the shell's own
        // writes would be; a device or FIFO is simply opened. No lock: others may hold it open too.
        var mode = target.Kind == FileKind.Regular ? FileMode.Append : FileMode.Open;
        using var stream = new FileStream(target.Path, mode, FileAccess.Write, FileShare.ReadWrite);
        write(stream);
        stream.Flush();
    }

    private static bool IsUnderProc(string path) => path.StartsWith("/proc/", StringComparison.Ordinal);
}
