using System.Text;
using Maia.Sre.Ci.Model;

namespace Maia.Sre.Ci.Fixes;

/// <summary>
/// The edits of one file, made on its text and written back as it was: same encoding (UTF-8, or UTF-16 by byte-order
/// mark), same byte-order mark, same line endings (edits never cross a line), same file mode. The file is rewritten
/// atomically (a temporary file beside it, renamed into place), and only when it still holds exactly the bytes read:
/// a file that changed since is left alone. A file that is not valid UTF-8 or UTF-16 is left alone too: decoding it
/// would change bytes the fix has no business with.
/// </summary>
public sealed class FilePatch
{
    private readonly byte[] original;
    private readonly byte[] preamble;
    private readonly Encoding encoding;

    private FilePatch(string file, string fullPath, byte[] original, byte[] preamble, Encoding encoding, TextLines before)
    {
        File = file;
        FullPath = fullPath;
        this.original = original;
        this.preamble = preamble;
        this.encoding = encoding;
        Before = before;
        After = before;
    }

    /// <summary>Repository-relative path.</summary>
    public string File { get; }

    /// <summary>Absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The text as read.</summary>
    internal TextLines Before { get; }

    /// <summary>The text with the edits made.</summary>
    internal TextLines After { get; private set; }

    /// <summary>The edits made.</summary>
    public IReadOnlyList<TextEdit> Edits { get; private set; } = [];

    /// <summary>U+FEFF for a UTF-8 file with a byte-order mark (a diff shows it on the first line, as git does), else empty.</summary>
    internal string ByteOrderMark => preamble.Length == 3 ? "\uFEFF" : "";

    /// <summary>
    /// Reads <paramref name="file"/> and makes <paramref name="edits"/> on its text; null with <paramref name="problem"/>
    /// when the file may not be written (see <see cref="SafePaths"/>), is not text this can keep intact, or no longer
    /// holds an edit's old text where the finding saw it.
    /// </summary>
    public static FilePatch? Prepare(string root, string file, IEnumerable<TextEdit> edits, out string? problem)
    {
        var full = SafePaths.Resolve(root, file, out problem);
        if (full is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read: " + ex.Message;
            return null;
        }

        var (encoding, bom) = bytes switch
        {
            [0xFF, 0xFE, ..] => ((Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), 3),
            _ => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), 0),
        };

        string text;
        try
        {
            text = encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            problem = bom == 2 ? "is not valid UTF-16" : "is not valid UTF-8";
            return null;
        }

        var patch = new FilePatch(file, full, bytes, bytes[..bom], encoding, new TextLines(text));
        problem = patch.Make(edits.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        return problem is null ? patch : null;
    }

    /// <summary>The new content, as it will be written.</summary>
    public byte[] NewBytes() => [.. preamble, .. encoding.GetBytes(After.Text)];

    /// <summary>
    /// Writes the new content in place of the file, atomically, with the file's mode; returns null, or why the file
    /// was left alone. <paramref name="beforeReplace"/> runs just before the final check (tests change the file there).
    /// </summary>
    public string? Write(Action<string>? beforeReplace = null)
    {
        var folder = Path.GetDirectoryName(FullPath)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(FullPath)}.maia-sre-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(NewBytes());
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                System.IO.File.SetUnixFileMode(temp, System.IO.File.GetUnixFileMode(FullPath));
            }

            beforeReplace?.Invoke(FullPath);

            // The last look before the rename: the file must still be the one read, byte for byte.
            if (new FileInfo(FullPath).LinkTarget is not null || !System.IO.File.ReadAllBytes(FullPath).AsSpan().SequenceEqual(original))
            {
                return "changed since it was read; left alone (run again to fix it)";
            }

            System.IO.File.Move(temp, FullPath, overwrite: true);
            temp = null;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "cannot be written: " + ex.Message;
        }
        finally
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>Makes the edits (sorted by position); returns why they cannot be made, or null.</summary>
    private string? Make(List<TextEdit> edits)
    {
        var kept = new List<TextEdit>(edits.Count);
        var text = new StringBuilder(Before.Text.Length + 64);
        var copied = 0;
        foreach (var edit in edits)
        {
            if (kept.Count > 0 && kept[^1].Line == edit.Line && edit.Column < kept[^1].EndColumn)
            {
                continue; // the same reference twice (two findings at one place), or overlapping: the first one wins
            }

            if (edit.Line < 1 || edit.Line > Before.Count || edit.Column < 1 || edit.EndColumn - 1 > Before.Line(edit.Line - 1).Length
                || !Before.Line(edit.Line - 1)[(edit.Column - 1)..(edit.EndColumn - 1)].SequenceEqual(edit.OldText))
            {
                return $"changed since it was read (line {edit.Line} no longer holds '{edit.OldText}'); left alone (run again to fix it)";
            }

            var at = Before.Start(edit.Line - 1) + edit.Column - 1;
            text.Append(Before.Text, copied, at - copied).Append(edit.NewText);
            copied = at + edit.OldText.Length;
            kept.Add(edit);
        }

        text.Append(Before.Text, copied, Before.Text.Length - copied);
        After = new TextLines(text.ToString());
        Edits = kept;
        return null;
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the name is hidden and unique.
        }
    }
}
