namespace Maia.Sre.Ci.Reports;

/// <summary>
/// Writes a report. A regular file (or a new one) is written to a temporary file beside its destination, then renamed
/// into place, so readers (and interrupted runs) never see a partial report; the folder is created when missing.
/// Anything else is written in place, never renamed over (see <see cref="ReportTarget"/>): a device such as
/// <c>/dev/null</c>, a FIFO, a socket, standard output through <c>/dev/stdout</c> or <c>/proc/self/fd/N</c>. A link
/// to a regular file keeps its link: the file it names is the one replaced.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="write"/>'s output to <paramref name="path"/>; throws <see cref="ReportWriteException"/>
    /// naming <paramref name="shownAs"/> (the path as the user wrote it) on failure.
    /// </summary>
    public static void Write(string path, Action<Stream> write, string? shownAs = null)
    {
        shownAs ??= path;
        try
        {
            var target = ReportTarget.Of(Path.GetFullPath(path));
            switch (target.Mode)
            {
                case ReportTarget.WriteMode.Folder:
                    throw new ReportWriteException(shownAs, "is a folder");
                case ReportTarget.WriteMode.InPlace:
                    ReportTarget.WriteInPlace(target, write);
                    return;
                default:
                    Replace(target.Path, write, shownAs);
                    return;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Net.Sockets.SocketException)
        {
            throw new ReportWriteException(shownAs, ex.Message, ex);
        }
    }

    private static void Replace(string full, Action<Stream> write, string shownAs)
    {
        string? temp = null;
        try
        {
            var folder = Path.GetDirectoryName(full) ?? ".";
            for (var parent = folder; !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
            {
                if (File.Exists(parent))
                {
                    throw new ReportWriteException(shownAs, $"'{parent}' is a file, not a folder");
                }
            }

            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            temp = null;
        }
        finally
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteText(string path, string text, string? shownAs = null) =>
        Write(path, stream =>
        {
            var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }, shownAs);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary name is unique and hidden.
        }
    }
}

/// <summary>A report could not be written; hosts exit with code 2 naming the path.</summary>
public sealed class ReportWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportWriteException(string path, string reason, Exception? inner = null)
        : base($"cannot write report '{path}': {reason}", inner)
    {
        ReportPath = path;
    }

    /// <summary>Standard constructor.</summary>
    public ReportWriteException()
        : this("", "unknown error")
    {
    }

    /// <summary>Standard constructor.</summary>
    public ReportWriteException(string message)
        : this("", message)
    {
    }

    /// <summary>Standard constructor.</summary>
    public ReportWriteException(string message, Exception inner)
        : this("", message, inner)
    {
    }

    /// <summary>The path as given.</summary>
    public string ReportPath { get; } = "";
}
