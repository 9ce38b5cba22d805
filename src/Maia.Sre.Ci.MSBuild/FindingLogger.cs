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
    private readonly string failOn;
    private readonly List<string> lines = [];

    /// <param name="failOn">The fail level the CLI judged by (<c>critical</c>, <c>error</c>, <c>warning</c>, <c>never</c>).</param>
    public FindingLogger(TaskLoggingHelper log, string root, string failOn = "critical")
    {
        this.log = log;
        this.root = root;
        this.failOn = failOn;
    }

    /// <summary>Errors logged by <see cref="Emit"/>.</summary>
    public int ErrorsLogged { get; private set; }

    /// <summary>The last line that was not a finding (the CLI's status line, or its last word on standard error).</summary>
    public string LastPlainLine { get; private set; } = "";

    /// <summary>Keeps a line of standard output or standard error until the run ends.</summary>
    public void Add(string line) => lines.Add(line);

    /// <summary>
    /// Logs every buffered line so that the build's verdict is the CLI's: in MSBuild any error fails the build, so a
    /// finding is an error only when it fails the run (exit code 1, and the line's category at or above the fail
    /// level); every other finding is a warning (or a message for a note), which the package keeps -warnaserror from
    /// turning into an error unless <c>MaiaSreTreatWarningsAsErrors</c> is set. The summary line is a message.
    /// </summary>
    public void Emit(int exitCode)
    {
        foreach (var text in lines)
        {
            var line = CanonicalLine.TryParse(text);
            if (line is null)
            {
                var summary = text.StartsWith("maia-sre: ", StringComparison.Ordinal);
                if (text.Trim().Length > 0)
                {
                    LastPlainLine = text.Trim();
                    log.LogMessage(summary ? MessageImportance.High : MessageImportance.Normal, "{0}", text);
                }

                continue;
            }

            var file = line.FullPath(root);
            // Exit code 2 and above: the CLI could not judge (a configuration error, MSRE0001); its errors stay errors.
            if ((exitCode == 1 && Fails(line.Category)) || (exitCode > 1 && line.Category == "error"))
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

    /// <summary>
    /// Whether a line of this category can be at the fail level. The canonical category joins critical and error
    /// findings as <c>error</c>, so under <c>critical</c> an error-severity finding of a failing run is an error too:
    /// the build fails then anyway.
    /// </summary>
    private bool Fails(string category) => failOn switch
    {
        "never" => false,
        "warning" => category is "error" or "warning",
        _ => category == "error",
    };
}
