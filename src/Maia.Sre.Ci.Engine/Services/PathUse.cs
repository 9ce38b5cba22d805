namespace Maia.Sre.Ci.Services;

/// <summary>What a path in a service definition is for.</summary>
public enum PathRole
{
    /// <summary>The program or script the service runs.</summary>
    Program,

    /// <summary>The folder it runs in.</summary>
    WorkingDirectory,

    /// <summary>A file it logs to (its folder must exist).</summary>
    Log,
}

/// <summary>A path a service definition names, with its position and the key that holds it.</summary>
/// <param name="Role">What it is for.</param>
/// <param name="Path">The path as written.</param>
/// <param name="Key">The key, e.g. <c>ProgramArguments</c> or <c>ExecStart</c>.</param>
/// <param name="Line">1-based line (0 in binary property lists).</param>
/// <param name="Column">1-based column (0 when unknown).</param>
public sealed record PathUse(PathRole Role, string Path, string Key, int Line, int Column);

/// <summary>What reading one definition file produced.</summary>
/// <param name="File">The definition file, repository-relative.</param>
/// <param name="Service">The service, or null for a file that is not one (or a timer/path unit).</param>
/// <param name="Paths">Paths to check against the repository.</param>
/// <param name="Findings">Problems found while reading (parse, schedule, label).</param>
public sealed record DefinitionRead(string File, ServiceDefinition? Service, IReadOnlyList<PathUse> Paths, IReadOnlyList<Model.Finding> Findings);
