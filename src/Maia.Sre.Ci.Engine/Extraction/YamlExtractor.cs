using System.Text.RegularExpressions;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// YAML CI files. For GitHub workflows and actions only <c>run:</c> scripts (single-line or block scalars),
/// <c>uses: ./local/action</c> and <c>working-directory:</c> count, so step names and conditions are not mistaken for
/// commands. For other CI and hook files (GitLab, pre-commit, Azure) every value is a possible command line.
/// </summary>
public sealed partial class YamlExtractor : IReferenceExtractor
{
    /// <summary>GitHub workflows and actions.</summary>
    public static readonly YamlExtractor GitHub = new(githubOnly: true);

    /// <summary>Other YAML CI and hook configuration.</summary>
    public static readonly YamlExtractor Generic = new(githubOnly: false);

    private readonly bool githubOnly;

    private YamlExtractor(bool githubOnly) => this.githubOnly = githubOnly;

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var scratch = output.Spans;
        var blockIndent = -1;
        for (var i = 0; i < text.LineCount; i++)
        {
            // Every line is looked at once: made a string here, not kept in the text's table of lines.
            var line = text.Line(i).ToString();
            var lineNo = i + 1;
            var indent = Indent(line);
            if (blockIndent >= 0)
            {
                if (indent > blockIndent || line.AsSpan().Trim().Length == 0)
                {
                    var code = ShellLine.WithoutComment(line);
                    if (code.Length > 0)
                    {
                        ShellLine.Scan(code, lineNo, extensions, output.References, scratch);
                    }

                    continue;
                }

                blockIndent = -1;
            }

            var m = KeyValue().Match(line);
            if (!m.Success)
            {
                if (!githubOnly && !line.TrimStart().StartsWith('#'))
                {
                    ShellLine.Scan(ShellLine.WithoutComment(line), lineNo, extensions, output.References, scratch);
                }

                continue;
            }

            var key = m.Groups["key"].Value;
            var value = m.Groups["value"];
            var isScriptKey = key is "run" or "script" or "entry" or "command" or "before_script" or "after_script" or "inline" or "inlineScript";
            if (isScriptKey && value.Value.Length > 0 && (value.Value[0] == '|' || value.Value[0] == '>'))
            {
                blockIndent = m.Groups["indent"].Length;
                continue;
            }

            if (key == "uses")
            {
                var target = Unquote(value.Value);
                if (target.StartsWith("./", StringComparison.Ordinal))
                {
                    var at = value.Index + value.Value.IndexOf(target, StringComparison.Ordinal);
                    output.References.Add(new RawReference(target, lineNo, at + 1, target.Length, ReferenceKind.LocalAction));
                }

                continue;
            }

            if (key is "working-directory" or "workingDirectory")
            {
                var folder = Unquote(value.Value).TrimStart('.', '/').TrimEnd('/');
                if (folder.Length > 0 && !folder.Contains('$', StringComparison.Ordinal))
                {
                    output.BaseFolders.Add(folder);
                }

                continue;
            }

            if (isScriptKey || !githubOnly)
            {
                var masked = new string(' ', value.Index) + ShellLine.WithoutComment(line[value.Index..]);
                ShellLine.Scan(masked, lineNo, extensions, output.References, scratch);
            }
        }
    }

    private static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && (line[n] == ' ' || line[n] == '-' && n + 1 < line.Length && line[n + 1] == ' '))
        {
            n++;
        }

        return n;
    }

    private static string Unquote(string value)
    {
        var v = ShellLine.WithoutComment(value).Trim();
        return v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] ? v[1..^1] : v;
    }

    [GeneratedRegex(@"^(?<indent>\s*(?:-\s+)?)(?<key>[A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(?<value>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();
}
