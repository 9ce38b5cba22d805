using Maia.Sre.Ci.Reports;

namespace Maia.Sre.Ci.Tool.Commands;

/// <summary>
/// Appends to the files GitHub Actions names in <c>$GITHUB_STEP_SUMMARY</c> and <c>$GITHUB_OUTPUT</c>, which other
/// steps and commands share, so they are never replaced.
/// </summary>
public static class StepSummary
{
    /// <summary>Appends <paramref name="markdown"/> in one write; a failure is a <see cref="ReportWriteException"/> naming the file.</summary>
    public static void Append(string path, string markdown)
    {
        try
        {
            var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(markdown + "\n");
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            stream.Write(bytes, 0, bytes.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ReportWriteException(path, ex.Message, ex);
        }
    }
}
