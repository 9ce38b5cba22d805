using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Rules.Phantoms;
using Maia.Sre.Ci.Text;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Analysis;

/// <summary>Reads a source file as text, refusing links out of the root, binary content and oversized files.</summary>
public static class SourceReader
{
    /// <summary>Files larger than this are skipped with a note.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>Returns the text (dispose it when done: its memory is pooled), or null with <paramref name="problem"/> set.</summary>
    public static SourceText? Read(string root, string relative, out Finding? problem)
    {
        problem = null;
        if (PosixFileRead.IsAvailable)
        {
            switch (PosixFileRead.TryRead(root, relative, MaxBytes, out var buffer, out var length))
            {
                case PosixFileRead.Outcome.Missing:
                    return null;
                case PosixFileRead.Outcome.Read:
                    try
                    {
                        return FromBytes(relative, buffer.Span[..length], out problem);
                    }
                    finally
                    {
                        buffer.Dispose();
                    }
            }

            // Empty, oversized, links, folders, pipes, permission errors: .NET's path below tells them apart and
            // reports them.
        }

        var full = Path.Combine(root, relative);
        try
        {
            // One lstat answers existence, size and link-ness; only a link costs a readlink.
            var info = new FileInfo(full);
            if ((info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null)
            {
                FileSystemInfo? target;
                try
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException)
                {
                    target = null; // a loop
                }

                if (target is null || !FileLister.IsInside(root, target.FullName))
                {
                    problem = FileLister.LinkProblem(relative, info.LinkTarget, target is null);
                    return null;
                }

                info = new FileInfo(target.FullName);
            }

            if (!info.Exists)
            {
                return null;
            }

            // Pipes, sockets and devices report length 0 and reading one could block forever; an empty regular file
            // has nothing to read either.
            if (info.Length == 0)
            {
                return new SourceText(relative, "");
            }

            if (info.Length > MaxBytes)
            {
                problem = TooLarge(relative, info.Length);
                return null;
            }

            return ReadText(relative, info.FullName, (int)info.Length, out problem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = Problem(UnreadableSourceRule.Descriptor, relative, Severity.Warning, "cannot be read: " + ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Reads at most <paramref name="length"/> bytes (the size seen before opening, so a growing file cannot blow
    /// memory) into a scratch buffer, refuses binary content and decodes the rest into scratch memory.
    /// </summary>
    private static SourceText? ReadText(string relative, string path, int length, out Finding? problem)
    {
        var buffer = ScratchBuffer<byte>.Rent(length);
        try
        {
            // A bare handle and positional reads: no FileStream buffer, no read-ahead advice; with
            // System.IO.DisableFileLocking set by the tool, no advisory lock either (four system calls per file).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(handle, buffer.Span[read..length], read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return FromBytes(relative, buffer.Span[..read], out problem);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>The decoded text, or null with a note for binary content.</summary>
    private static SourceText? FromBytes(string relative, ReadOnlySpan<byte> bytes, out Finding? problem)
    {
        problem = LooksBinary(bytes) ? Problem(UnreadableSourceRule.Descriptor, relative, Severity.Note, "skipped: binary content (NUL bytes)") : null;
        return problem is null ? SourceText.Decode(relative, bytes) : null;
    }

    /// <summary>The finding for a source that was read but could not be parsed (malformed YAML), at the place the parser stopped.</summary>
    public static Finding Unparsable(string relative, ExtractionProblem problem) =>
        Problem(UnreadableSourceRule.Descriptor, relative, Severity.Warning, problem.Message) with { Line = problem.Line, Column = problem.Column };

    private static Finding TooLarge(string relative, long size) =>
        Problem(UnreadableSourceRule.Descriptor, relative, Severity.Note,
            $"skipped: {size / (1024 * 1024)} MiB is larger than the {MaxBytes / (1024 * 1024)} MiB limit for a source file");

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return false; // UTF-16 with a byte-order mark: text with NUL bytes.
        }

        return bytes[..Math.Min(bytes.Length, 8000)].IndexOf((byte)0) >= 0;
    }

    private static Finding Problem(RuleDescriptor rule, string file, Severity severity, string message) => new()
    {
        RuleId = rule.Id,
        RuleName = rule.Name,
        Severity = severity,
        File = file,
        Message = message,
    };
}
