using System.Text;
using Maia.Sre.Ci.Model;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Maia.Sre.Ci.Sarif;

/// <summary>
/// Writes a run as SARIF 2.1.0 for GitHub code scanning: one run, rules from the descriptors, results with
/// repository-relative locations under <c>%SRCROOT%</c>, no byte-order mark, and byte-identical output for the same
/// input (no timestamps unless <see cref="SarifOptions.StartTimeUtc"/> is set).
/// </summary>
public static class SarifReportWriter
{
    /// <summary>Writes <paramref name="result"/> as SARIF to <paramref name="stream"/>.</summary>
    public static void Write(RunResult result, Stream stream, SarifOptions options)
    {
        var log = Build(result, options);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true) { NewLine = "\n" };
        var serializer = JsonSerializer.Create(new JsonSerializerSettings { DateTimeZoneHandling = DateTimeZoneHandling.Utc });
        var document = JObject.FromObject(log, serializer);
        WriteDefaultLevels(document);
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            document.WriteTo(json);
        }

        text.Write('\n');
    }

    /// <summary>The SARIF log for <paramref name="result"/>.</summary>
    public static SarifLog Build(RunResult result, SarifOptions options)
    {
        var informationUri = new Uri(result.Tool.InformationUri);
        var rules = result.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var indexes = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var anchor = SarifResults.RepositoryAnchor(result.Root);
        var results = result.Findings.Concat(result.AbsentFindings).Where(f => !options.CriticalOnly || f.Severity == Severity.Critical).Select(f => SarifResults.Map(f, indexes, anchor)).ToList();
        var invocation = new Invocation { ExecutionSuccessful = true };
        if (options.StartTimeUtc is { } start)
        {
            invocation.StartTimeUtc = start.ToUniversalTime();
            invocation.EndTimeUtc = (options.EndTimeUtc ?? start).ToUniversalTime();
        }

        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = result.Tool.Name,
                    SemanticVersion = result.Tool.Version,
                    InformationUri = informationUri,
                    Rules = rules.Select(SarifRules.Map).ToList(),
                },
            },
            AutomationDetails = new RunAutomationDetails { Id = options.AutomationId },

            // The root's absolute path is left out on purpose: the same repository checked out in two places must
            // give the same file, and code scanning resolves %SRCROOT% to its own checkout.
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>
            {
                [SarifResults.SourceRoot] = new() { Description = new Message { Text = "The repository root." } },
            },
            Invocations = [invocation],
            Results = results,
            ColumnKind = ColumnKind.Utf16CodeUnits,
        };
        SarifRunProperties.Add(run, result);
        return new SarifLog { Version = SarifVersion.Current, SchemaUri = new Uri(SarifSchema), Runs = [run] };
    }

    /// <summary>
    /// The SDK leaves out <c>level</c> when it is <c>warning</c> (SARIF's default), but a reader then takes the rule's
    /// default level instead, which for a note rule would be wrong: every result states its level.
    /// </summary>
    private static void WriteDefaultLevels(JObject document)
    {
        foreach (var result in document.SelectTokens("runs[*].results[*]").OfType<JObject>().Where(r => r["level"] is null))
        {
            var anchor = result.Property("ruleIndex") ?? result.Property("ruleId");
            anchor?.AddAfterSelf(new JProperty("level", "warning"));
        }
    }

    /// <summary>The schema GitHub and the SARIF validator expect in <c>$schema</c>.</summary>
    public const string SarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
}
