using System.Text;
using CsCheck;
using Maia.Sre.Ci.Extraction;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary>
/// The YAML differential tests on generated workflows (CsCheck): scripts written by YamlDotNet's emitter in every
/// scalar style, layout and line width, and by hand where the emitter never writes (indentation indicators, chomping,
/// escapes, escaped line breaks, folds). In each, the extractor must scan exactly the representation model's scripts,
/// place every character of them where it is written, and report the references a shell given each script would find,
/// each where it is written. Failures shrink to a minimal workflow.
/// </summary>
public sealed class YamlGeneratedTests
{
    private const string WorkflowPath = ".github/workflows/generated.yml";

    private static readonly Gen<string> Token = Gen.OneOf(
        Gen.OneOf("echo", "make", "npm ci", "./scripts/a.sh", "tools/b.py", "x/y-z.ps1", "dir/ü.sh", "../up.sh", "source lib/env.sh", ". ./c.sh",
            "&&", "|", ";", ">", "#", "# c.sh", "\"q.sh\"", "'s.sh'", "\\", "\\n", ":", ": ", "- ", "${{ x }}/d.sh", "*", "&a", "!", "%", "@", "`",
            "[", "]", "{", "}", ",", "?", "é", "\t", "  ", "https://e.org/x.sh"),
        Gen.String[Gen.Char["a-z./_"], 1, 8]);

    private static readonly Gen<string> Line = Token.Array[0, 8].Select(t => string.Join(' ', t));

    private static readonly Gen<string> Script = Gen.Select(Line.Array[1, 5], Gen.Int[0, 2], (lines, trailing) => string.Join('\n', lines) + new string('\n', trailing));

    private static long Iterations => Environment.GetEnvironmentVariable("MAIA_FUZZ_SECONDS") is null ? 1_000 : -1;

    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("MAIA_FUZZ_SECONDS"), out var s) ? s : -1;

    [Test]
    public void Scripts_the_emitter_writes_in_any_style_and_layout() =>
        Gen.Select(
                Gen.Select(Script, Gen.Enum<ScalarStyle>(), Gen.Bool, Gen.OneOf(ScalarStyle.Plain, ScalarStyle.DoubleQuoted, ScalarStyle.SingleQuoted)).Array[1, 4],
                Gen.Int[2, 6],
                Gen.Int[13, 100],
                Gen.Bool)
            .Sample(
                t => Check(Emit(t.Item1, t.Item2, t.Item3, t.Item4)),
                iter: Iterations,
                time: Seconds,
                print: t => Emit(t.Item1, t.Item2, t.Item3, t.Item4));

    [Test]
    public void Block_scalars_with_indentation_indicators_chomping_and_blank_lines() =>
        Gen.Select(Line.Array[1, 5], Gen.Int[0, 9], Gen.OneOf("", "-", "+"), Gen.Int[0, 3], Gen.Bool, Gen.Bool)
            .Select(t => Block(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6))
            .Sample(Check, iter: Iterations, time: Seconds, print: y => y);

    [Test]
    public void Quoted_and_plain_scalars_written_over_several_lines() =>
        Gen.Select(Gen.OneOf(Token, Gen.OneOf("\\x41", "\\u00e9", "\\U0001F600", "\\\"", "\\\\", "\\t", "\\ ", "\\/", "''", "\n", "\n\n", "\\\n   ", " \n  ")).Array[1, 14], Gen.Int[0, 2])
            .Select(t => Flow(t.Item1, t.Item2))
            .Sample(Check, iter: Iterations, time: Seconds, print: y => y);

    /// <summary>True when the extractor agrees with the representation model on <paramref name="yaml"/> (false: the failure is the message).</summary>
    private static bool Check(string yaml)
    {
        List<(string Value, long Start)> expected;
        try
        {
            expected = YamlOracle.Scripts(WorkflowPath, yaml);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            return true; // a hand-written case that is not YAML: nothing to compare (the emitter's always are)
        }

        using var text = new SourceText(WorkflowPath, yaml);
        var actual = YamlOracle.Extracted(text, out var scripts);
        Assert.That(actual, Is.EqualTo(expected), "scripts");
        foreach (var script in scripts.Scripts)
        {
            Assert.That(YamlOracle.Misplaced(text, script.Scalar), Is.Null);
        }

        var output = new ExtractionOutput();
        YamlExtractor.GitHubWorkflow.Extract(text, YamlOracle.Extensions, output);
        Assert.That(YamlOracle.MisplacedReference(text, output), Is.Null);
        var run = expected.SelectMany(s => YamlOracle.ScanAsRun(s.Value)).Order(StringComparer.Ordinal);
        Assert.That(output.References.Select(r => r.Text).Order(StringComparer.Ordinal), Is.EqualTo(run), "the references a shell would find");
        return true;
    }

    /// <summary>A workflow whose steps' scripts YamlDotNet's emitter writes (it falls back to a style that can hold the text).</summary>
    private static string Emit((string Script, ScalarStyle Style, bool Flow, ScalarStyle KeyStyle)[] steps, int indent, int width, bool indentSequences)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var settings = new EmitterSettings(indent, width, false, 1024, indentSequences: indentSequences);
        var emitter = new Emitter(writer, settings);
        void Scalar(string value, ScalarStyle style = ScalarStyle.Plain) => emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        Scalar("jobs");
        emitter.Emit(new MappingStart());
        Scalar("generated");
        emitter.Emit(new MappingStart());
        Scalar("steps");
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
        foreach (var (script, style, flow, keyStyle) in steps)
        {
            emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, flow ? MappingStyle.Flow : MappingStyle.Block));
            Scalar("name");
            Scalar("step");
            Scalar("run", keyStyle);
            Scalar(script, style == ScalarStyle.Any ? ScalarStyle.Plain : style);
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>A literal or folded step script written by hand, with an indentation indicator, chomping and blank lines.</summary>
    private static string Block(string[] lines, int indicator, string chomp, int blankLines, bool folded, bool comment)
    {
        // The step mapping is indented 10: with an indicator the content is at 10 + indicator, else at 12.
        var indent = new string(' ', indicator > 0 ? 10 + indicator : 12);
        var sb = new StringBuilder("jobs:\n  j:\n    steps:\n        - name: x\n          run: ");
        sb.Append(folded ? '>' : '|').Append(indicator > 0 ? indicator.ToString(System.Globalization.CultureInfo.InvariantCulture) : "").Append(chomp);
        sb.Append(comment ? "  # a comment\n" : "\n");
        foreach (var line in lines)
        {
            sb.Append(line.Length == 0 ? "" : indent + line).Append('\n');
        }

        sb.Append('\n', blankLines).Append("          shell: bash\n");
        return sb.ToString();
    }

    /// <summary>A step script in double quotes, single quotes and plain, written by hand over several lines.</summary>
    private static string Flow(string[] parts, int style)
    {
        var body = string.Concat(parts).Replace("\n", "\n            ", StringComparison.Ordinal);
        var value = style switch
        {
            0 => "\"" + body.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\\\\\"", "\\\"", StringComparison.Ordinal) + "\"",
            1 => "'" + body.Replace("'", "''", StringComparison.Ordinal) + "'",
            _ => body,
        };
        return "jobs:\n  j:\n    steps:\n        - run: " + value + "\n          name: x\n";
    }
}
