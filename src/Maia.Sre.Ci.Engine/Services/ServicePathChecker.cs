using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Rules.Services;

namespace Maia.Sre.Ci.Services;

/// <summary>
/// Checks the paths a service definition names against the repository. Only paths that a root alias maps into the
/// repository (or relative paths) are checkable; <c>/usr/bin/python3</c> is the host's business.
/// </summary>
public sealed class ServicePathChecker
{
    private readonly Inventory inventory;
    private readonly Suggester suggester;
    private readonly RootAliases aliases;
    private readonly Func<string, bool> folderOnDisk;

    /// <summary>Creates a checker; <paramref name="folderOnDisk"/> tells whether a repository folder exists (ignored folders count).</summary>
    public ServicePathChecker(Inventory inventory, IReadOnlyList<string> aliases, Func<string, bool> folderOnDisk)
    {
        this.inventory = inventory;
        this.aliases = new RootAliases(aliases);
        this.folderOnDisk = folderOnDisk;
        suggester = new Suggester(inventory);
    }

    /// <summary>The findings for <paramref name="use"/> in <paramref name="file"/> (empty when fine or not checkable).</summary>
    public Finding? Check(string file, PathUse use)
    {
        var relative = aliases.Strip(use.Path);
        if (relative is null && (use.Path.StartsWith('/') || use.Path.StartsWith('~') || use.Path.StartsWith('$') || use.Path.StartsWith('%') || use.Role != PathRole.Program))
        {
            return null; // outside the repository, or a bare command name found on the host's PATH
        }

        if (relative is null && !use.Path.Contains('/', StringComparison.Ordinal))
        {
            return null; // "python3", "backup-tool": a command on the host's PATH
        }

        var path = RepoPath.Combine("", relative ?? use.Path);
        if (path is null || path.Length == 0)
        {
            return null;
        }

        var shown = relative is null ? $"'{path}'" : $"'{path}' (from '{use.Path}')";
        switch (use.Role)
        {
            case PathRole.Program when !inventory.HasFile(path):
                var suggestion = inventory.CaseVariant(path) ?? suggester.Suggest(path);
                var hint = suggestion is null ? "" : $"; did you mean '{suggestion}'?";
                return ServiceFindings.Create(ServiceProgramMissingRule.Descriptor, Severity.Critical, file, use.Line, use.Column,
                    $"{shown}: the script {use.Key} runs does not exist in the repository{hint} (critical: the service can never start)", use.Path, suggestion);
            case PathRole.WorkingDirectory when !Exists(path):
                return ServiceFindings.Create(ServicePathMissingRule.Descriptor, Severity.Warning, file, use.Line, use.Column,
                    $"{shown}: the WorkingDirectory does not exist in the repository; the service cannot start in it", use.Path);
            case PathRole.Log when !Exists(RepoPath.Folder(path)):
                return ServiceFindings.Create(ServicePathMissingRule.Descriptor, Severity.Warning, file, use.Line, use.Column,
                    $"{shown}: the folder of {use.Key} does not exist in the repository; launchd and systemd do not create it, so the log is lost or the service fails to start", use.Path);
            default:
                return null;
        }
    }

    private bool Exists(string folder) => inventory.HasFolder(folder) || folderOnDisk(folder);
}
