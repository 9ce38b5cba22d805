using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.MSBuild;

/// <summary>
/// One line of <c>maia-sre</c> output in MSBuild's canonical form, <c>path(line,col): error MSRE1001: message</c>
/// (also <c>path: warning CODE: message</c> and <c>maia-sre: info CODE: message</c> when there is no position or file).
/// </summary>
internal sealed class CanonicalLine
{
    // The origin is everything before the first ": <category> <CODE>: "; codes are letters then digits.
    private static readonly Regex Pattern = new(
        @"^(?<origin>.+?)(?:\((?<line>\d+),(?<col>\d+)\))?: (?<category>error|warning|info) (?<code>[A-Za-z]+[0-9]+): (?<message>.*)$",
        RegexOptions.CultureInvariant);

    private CanonicalLine(string? file, int line, int column, string category, string code, string message)
    {
        File = file;
        Line = line;
        Column = column;
        Category = category;
        Code = code;
        Message = message;
    }

    /// <summary>The file as printed (relative to the repository root, or absolute), or null for tool-level findings.</summary>
    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string Category { get; }

    public string Code { get; }

    public string Message { get; }

    /// <summary>Parses a line, or returns null when it is not a canonical diagnostic (summary lines, help text).</summary>
    public static CanonicalLine? TryParse(string text)
    {
        var match = Pattern.Match(text.TrimEnd('\r'));
        if (!match.Success)
        {
            return null;
        }

        var origin = match.Groups["origin"].Value;
        var file = origin == "maia-sre" ? null : origin;
        var line = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var column = match.Groups["col"].Success ? int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new CanonicalLine(file, line, column, match.Groups["category"].Value, match.Groups["code"].Value, match.Groups["message"].Value);
    }

    /// <summary>
    /// The file as a full path (relative paths are relative to <paramref name="root"/>), so the IDE can open it; a
    /// repository-wide finding keeps the CLI's origin <c>maia-sre</c> (with no file MSBuild would name the .targets file).
    /// </summary>
    public string FullPath(string root) =>
        File is null ? "maia-sre" : Path.GetFullPath(Path.Combine(root, File.Replace('/', Path.DirectorySeparatorChar)));
}
