using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Maia.Sre.Ci.MSBuild;

/// <summary>
/// Turns the CLI's output into MSBuild events once the exit code is known: each canonical line becomes an error,
/// warning or message with code, file, line and column and no subcategory or end position (so GitHub's .NET problem
/// matcher annotates it); other lines are plain messages.
/// </summary>
internal sealed class FindingLogger
{
    private readonly TaskLoggingHelper log;
    private readonly string root;
    private readonly List<string> lines = [];

    public FindingLogger(TaskLoggingHelper log, string root)
    {
        this.log = log;
        this.root = root;
    }

    /// <summary>Errors logged by <see cref="Emit"/>.</summary>
    public int ErrorsLogged { get; private set; }

    /// <summary>The last line that was not a finding (the CLI's status line, or its last word on standard error).</summary>
    public string LastPlainLine { get; private set; } = "";

    /// <summary>Keeps a line of standard output or standard error until the run ends.</summary>
    public void Add(string line) => lines.Add(line);

    /// <summary>
    /// Logs every buffered line. An exit code of 0 means nothing reached the fail level, and in MSBuild any error fails
    /// the build, so the CLI's <c>error</c> lines (error-severity findings below a <c>critical</c> threshold, or any
    /// finding with <c>never</c>) are logged as warnings then; otherwise the CLI's category is kept.
    /// </summary>
    public void Emit(int exitCode)
    {
        foreach (var text in lines)
        {
            var line = CanonicalLine.TryParse(text);
            if (line is null)
            {
                var summary = text.StartsWith("PASS:", StringComparison.Ordinal) || text.StartsWith("FAIL:", StringComparison.Ordinal);
                if (text.Trim().Length > 0)
                {
                    LastPlainLine = text.Trim();
                    log.LogMessage(summary ? MessageImportance.High : MessageImportance.Normal, "{0}", summary ? "maia-sre: " + text : text);
                }

                continue;
            }

            var file = line.FullPath(root);
            if (line.Category == "error" && exitCode != 0)
            {
                ErrorsLogged++;
                log.LogError(null, line.Code, null, file, line.Line, line.Column, 0, 0, "{0}", line.Message);
            }
            else if (line.Category is "error" or "warning")
            {
                log.LogWarning(null, line.Code, null, file, line.Line, line.Column, 0, 0, "{0}", line.Message);
            }
            else
            {
                log.LogMessage(null, line.Code, null, file, line.Line, line.Column, 0, 0, MessageImportance.High, "{0}", line.Message);
            }
        }

        lines.Clear();
    }
}
