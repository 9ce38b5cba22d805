using Maia.Sre.Ci.Extraction.Yaml;
using Maia.Sre.Ci.Resolution;
using YamlDotNet.Core;

namespace Maia.Sre.Ci.Extraction;

/// <summary>
/// CI and hook configuration written in YAML, read with a real YAML parser: only the scripts the CI system runs are
/// scanned (a GitHub step's <c>run</c>, a GitLab job's <c>script</c>, …; see the readers in
/// <c>Extraction/Yaml/</c>), each line by the scanner of its shell and with its step's working folder, and every
/// reference is placed where its characters are written in the file, inside block scalars, folded and quoted values,
/// flow mappings and quoted keys alike. Step names, conditions and other values are not commands and are not read.
/// Malformed YAML gives one <see cref="ExtractionOutput.Problem"/> with the parser's line and column, and no references.
/// </summary>
public sealed class YamlExtractor : IReferenceExtractor
{
    /// <summary>GitHub Actions workflows (<c>.github/workflows/*.yml</c>).</summary>
    public static readonly YamlExtractor GitHubWorkflow = new(GitHubActionsReader.Workflow);

    /// <summary>GitHub Actions metadata files (<c>action.yml</c>): composite actions' steps.</summary>
    public static readonly YamlExtractor GitHubAction = new(GitHubActionsReader.Action);

    /// <summary>GitLab CI (<c>.gitlab-ci.yml</c>).</summary>
    public static readonly YamlExtractor GitLabCi = new(GitLabCiReader.Instance);

    /// <summary>Azure Pipelines (<c>azure-pipelines.yml</c>).</summary>
    public static readonly YamlExtractor AzurePipelines = new(AzurePipelinesReader.Instance);

    /// <summary>CircleCI (<c>.circleci/config.yml</c>).</summary>
    public static readonly YamlExtractor CircleCi = new(CircleCiReader.Instance);

    /// <summary>Bitbucket Pipelines (<c>bitbucket-pipelines.yml</c>).</summary>
    public static readonly YamlExtractor BitbucketPipelines = new(BitbucketPipelinesReader.Instance);

    /// <summary>Task (<c>Taskfile.yml</c>).</summary>
    public static readonly YamlExtractor Taskfile = new(TaskfileReader.Instance);

    /// <summary>pre-commit (<c>.pre-commit-config.yaml</c>, <c>.pre-commit-hooks.yaml</c>).</summary>
    public static readonly YamlExtractor PreCommit = new(PreCommitReader.Instance);

    private readonly ICiReader reader;

    private YamlExtractor(ICiReader reader) => this.reader = reader;

    /// <summary>
    /// The extractor for the YAML file <paramref name="path"/> (repository-relative) by its CI system, or null for
    /// YAML that no CI system runs, which is then plain text.
    /// </summary>
    public static YamlExtractor? For(string path)
    {
        var name = path.AsSpan(path.LastIndexOf('/') + 1);
        var folder = path.AsSpan(0, path.Length - name.Length);
        var stem = name[..name.LastIndexOf('.')];
        return stem switch
        {
            _ when folder.SequenceEqual(".github/workflows/") => GitHubWorkflow,
            "action" => GitHubAction,
            ".gitlab-ci" => GitLabCi,
            _ when stem.EndsWith(".gitlab-ci", StringComparison.Ordinal) || folder.StartsWith(".gitlab/ci/", StringComparison.Ordinal) => GitLabCi,
            _ when stem.StartsWith("azure-pipelines", StringComparison.Ordinal) || folder.StartsWith(".azure-pipelines/", StringComparison.Ordinal) => AzurePipelines,
            "config" when folder.SequenceEqual(".circleci/") => CircleCi,
            "bitbucket-pipelines" => BitbucketPipelines,
            "Taskfile" or "taskfile" or "Taskfile.dist" or "taskfile.dist" => Taskfile,
            ".pre-commit-config" or ".pre-commit-hooks" => PreCommit,
            _ => null,
        };
    }

    /// <inheritdoc/>
    public void Extract(SourceText text, ExtensionSet extensions, ExtractionOutput output)
    {
        var found = Read(text, output);
        if (found is null)
        {
            return;
        }

        foreach (var action in found.LocalActions)
        {
            var map = new int[action.Value.Length];
            ScalarSourceMap.Fill(text.All, action, map);
            var (line, column) = text.Locate(map[0]);
            var length = Math.Min(action.Value.Length, text.Line(line - 1).Length - column + 1);
            output.References.Add(new RawReference(action.Value, line, column, length, ReferenceKind.LocalAction) { Role = ReferenceRole.Run });
        }

        foreach (var script in found.Scripts)
        {
            ScriptScanner.Scan(text, script, extensions, output);
        }

        // The readers go job by job and key by key; the analyzer and reports expect file order.
        output.References.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
    }

    /// <summary>
    /// The scripts and local actions of <paramref name="text"/>, or null when it is not valid YAML (then
    /// <paramref name="output"/>'s problem says why and where).
    /// </summary>
    internal CiScripts? Read(SourceText text, ExtractionOutput output)
    {
        List<YamlNode> documents;
        try
        {
            documents = YamlTree.Read(text);
        }
        catch (YamlException ex)
        {
            var (line, column) = text.Locate(SourceTextReader.Start(text) + (int)Math.Min(ex.Start.Index, int.MaxValue - 1));
            var reason = ex.Message.Length > 0 ? char.ToLowerInvariant(ex.Message[0]) + ex.Message[1..].TrimEnd('.') : "a syntax error";
            output.Problem = new ExtractionProblem($"not valid YAML, so its commands were not checked: {reason}", line, column);
            return null;
        }

        var found = new CiScripts();
        var sourceFolder = RepoPath.Folder(text.Path);
        foreach (var document in documents)
        {
            reader.Read(document, sourceFolder, found);
        }

        return found;
    }
}
