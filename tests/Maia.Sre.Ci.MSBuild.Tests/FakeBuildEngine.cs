using System.Collections;
using Microsoft.Build.Framework;

namespace Maia.Sre.Ci.MSBuild.Tests;

/// <summary>Records what a task logs, and keeps registered task objects like MSBuild does for one build.</summary>
public sealed class FakeBuildEngine : IBuildEngine4
{
    private readonly Dictionary<object, object> registered = [];

    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "/fake/Project.csproj";

    public bool IsRunningMultipleNodes => false;

    /// <summary>Every finding logged, in the CLI's canonical form with paths relative to <paramref name="root"/>.</summary>
    public List<string> CanonicalLines(string root)
    {
        string Origin(string? file, int line, int column) =>
            string.IsNullOrEmpty(file) || file == "maia-sre" ? "maia-sre" : Path.GetRelativePath(root, file).Replace('\\', '/') + (line > 0 ? $"({line},{column})" : "");

        return
        [
            .. Errors.Where(e => e.Code is not null).Select(e => $"{Origin(e.File, e.LineNumber, e.ColumnNumber)}: error {e.Code}: {e.Message}"),
            .. Warnings.Where(e => e.Code is not null).Select(e => $"{Origin(e.File, e.LineNumber, e.ColumnNumber)}: warning {e.Code}: {e.Message}"),
            .. Messages.Where(e => e.Code is not null).Select(e => $"{Origin(e.File, e.LineNumber, e.ColumnNumber)}: info {e.Code}: {e.Message}"),
        ];
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();

    public void Yield()
    {
    }

    public void Reacquire()
    {
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) => registered[key] = obj;

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => registered.GetValueOrDefault(key);

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => registered.Remove(key, out var value) ? value : null;
}
