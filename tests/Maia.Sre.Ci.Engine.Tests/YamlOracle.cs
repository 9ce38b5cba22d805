using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Extraction;
using Maia.Sre.Ci.Extraction.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The reference side of the YAML differential tests: where the scripts are, read with YamlDotNet's representation
/// model (a different reader from the extractor's event walk), and the checks that the extractor scans exactly those
/// values and places every character of them where it is written.
/// </summary>
internal static class YamlOracle
{
    public static readonly ExtensionSet Extensions = new(PhantomDefaults.Extensions);

    /// <summary>The script scalars of a file, by the representation model: (value, offset of the node's start).</summary>
    public static List<(string Value, long Start)> Scripts(string path, string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var found = new List<YamlScalarNode>();
        foreach (var document in stream.Documents)
        {
            var root = document.RootNode;
            var name = Path.GetFileName(path);
            if (path.StartsWith(".github/workflows/", StringComparison.Ordinal))
            {
                found.AddRange(Children(Get(root, "jobs")).SelectMany(job => Items(Get(job, "steps"))).Select(step => Get(step, "run")).OfType<YamlScalarNode>());
            }
            else if (name is "action.yml" or "action.yaml")
            {
                found.AddRange(Items(Get(Get(root, "runs"), "steps")).Select(step => Get(step, "run")).OfType<YamlScalarNode>());
            }
            else if (name is ".pre-commit-config.yaml")
            {
                found.AddRange(Items(Get(root, "repos")).SelectMany(repo => Items(Get(repo, "hooks"))).Select(hook => Get(hook, "entry")).OfType<YamlScalarNode>());
            }
            else if (name is ".pre-commit-hooks.yaml")
            {
                found.AddRange(Items(root).Select(hook => Get(hook, "entry")).OfType<YamlScalarNode>());
            }
            else if (name.StartsWith("azure-pipelines", StringComparison.Ordinal))
            {
                found.AddRange(AllSteps(root).Select(step => new[] { "script", "bash", "pwsh", "powershell" }.Select(k => Get(step, k)).OfType<YamlScalarNode>().FirstOrDefault()).OfType<YamlScalarNode>());
                found.AddRange(AllSteps(root).Where(step => Get(step, "task") is not null).Select(step => Get(step, "inputs"))
                    .SelectMany(inputs => new[] { "script", "inlineScript", "Inline", "filePath", "scriptPath" }.Select(k => Get(inputs, k))).OfType<YamlScalarNode>());
            }
            else
            {
                throw new ArgumentException("no oracle for " + path);
            }
        }

        // Nodes by identity: YamlScalarNode's equality is by value, and two steps may run the same command.
        return found.Where(s => !string.IsNullOrEmpty(s.Value)).Distinct(ReferenceEqualityComparer.Instance).Cast<YamlScalarNode>().Select(s => (s.Value!, s.Start.Index)).OrderBy(s => s.Index).ToList();
    }

    /// <summary>The script scalars the extractor found: (value, offset of the scalar's start).</summary>
    public static List<(string Value, long Start)> Extracted(SourceText text, out CiScripts scripts)
    {
        var extractor = YamlExtractor.For(text.Path) ?? throw new ArgumentException("not CI YAML: " + text.Path);
        scripts = extractor.Read(text, new ExtractionOutput()) ?? throw new AssertionException("not valid YAML: " + text.Path);
        return scripts.Scripts.Select(s => s.Scalar).Distinct().Select(s => (s.Value, (long)s.Start)).OrderBy(s => s.Item2).ToList();
    }

    /// <summary>
    /// Null when every character of <paramref name="scalar"/>'s value is placed: each non-blank one on the same
    /// character of the source (an escaped one on its backslash, a doubled quote on its first quote), in order;
    /// otherwise what is wrong.
    /// </summary>
    public static string? Misplaced(SourceText text, YamlScalar scalar)
    {
        var value = scalar.Value;
        var map = new int[value.Length];
        if (!ScalarSourceMap.Fill(text.All, scalar, map))
        {
            return $"value {Show(value)} could not be placed";
        }

        var last = -1;
        for (var i = 0; i < value.Length; i++)
        {
            var at = map[i];
            if (at < scalar.Start || at >= scalar.End || at < last)
            {
                return $"character {i} of {Show(value)} placed at {at}, outside [{scalar.Start}, {scalar.End}) or before {last}";
            }

            last = at;
            var c = value[i];
            var written = text.All[at];
            if (c is ' ' or '\n' or '\t' || written == c || written == '\\' && scalar.Style == ScalarStyle.DoubleQuoted)
            {
                continue;
            }

            return $"character {i} ({Show(c.ToString())}) of {Show(value)} placed on {Show(written.ToString())} at {at}";
        }

        return null;
    }

    /// <summary>
    /// Null when every command reference the extractor reports in <paramref name="text"/> is written, character for
    /// character, where it says (unless an escape is inside it); otherwise the first that is not.
    /// </summary>
    public static string? MisplacedReference(SourceText text, ExtractionOutput output)
    {
        foreach (var r in output.References)
        {
            var line = text.Line(r.Line - 1);
            if (r.Column < 1 || r.Column - 1 + r.Length > line.Length)
            {
                return $"{r} runs past its line";
            }

            var written = line.Slice(r.Column - 1, r.Length);
            if (!written.SequenceEqual(r.Text) && written.IndexOf('\\') < 0)
            {
                return $"{r} is written '{written}'";
            }
        }

        return null;
    }

    /// <summary>The references a shell scan of <paramref name="script"/>'s lines finds, what a runner given that script would run.</summary>
    public static List<string> ScanAsRun(string script)
    {
        var output = new List<RawReference>();
        var shell = new Extraction.Shell.ShellScript(Extensions);
        foreach (var line in script.Split('\n'))
        {
            shell.Line(line, 1, 0, output);
        }

        return output.Select(r => r.Text).ToList();
    }

    private static string Show(string s) => "\"" + s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static IEnumerable<YamlNode> Children(YamlNode? node) => node is YamlMappingNode m ? m.Children.Values : [];

    private static IEnumerable<YamlNode> Items(YamlNode? node) => node is YamlSequenceNode s ? s.Children : [];

    private static IEnumerable<YamlMappingNode> AllSteps(YamlNode root) =>
        root.AllNodes.OfType<YamlSequenceNode>().SelectMany(s => s.Children.OfType<YamlMappingNode>()).Distinct(ReferenceEqualityComparer.Instance).Cast<YamlMappingNode>();
}
