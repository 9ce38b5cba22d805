using Maia.Sre.Ci.Configuration;
using Maia.Sre.Ci.Model;
using Maia.Sre.Ci.Resolution;
using Maia.Sre.Ci.Rules.Services;
using Maia.Sre.Ci.Services.Launchd;
using Maia.Sre.Ci.Services.Plist;
using Maia.Sre.Ci.Services.Systemd;
using Maia.Sre.Ci.Workspace;

namespace Maia.Sre.Ci.Services;

/// <summary>Finds and reads every service definition in the repository (launchd property lists, systemd units).</summary>
public static class ServiceDiscovery
{
    /// <summary>Reads every definition the <c>services</c> globs match; one result per definition file.</summary>
    public static IReadOnlyList<DefinitionRead> Read(WorkspaceFiles files, ServicesConfig config, CancellationToken cancellation)
    {
        var results = new List<DefinitionRead>();
        foreach (var file in new GlobSet(config.Launchd, config.Exclude).Filter(files.Files))
        {
            cancellation.ThrowIfCancellationRequested();
            var bytes = ReadBytes(files, file, out var problem);
            var read = problem is not null ? Unreadable(file, problem) : LaunchdReader.Read(file, bytes!);
            if (read is not null)
            {
                results.Add(read);
            }
        }

        var units = new List<(string, string)>();
        foreach (var file in new GlobSet(config.Systemd, config.Exclude).Filter(files.Files))
        {
            var bytes = ReadBytes(files, file, out var problem);
            if (problem is not null)
            {
                results.Add(Unreadable(file, problem));
                continue;
            }

            units.Add((file, System.Text.Encoding.UTF8.GetString(bytes!)));
        }

        results.AddRange(SystemdReader.Read(units));
        return results;
    }

    private static byte[]? ReadBytes(WorkspaceFiles files, string file, out string? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(files.FullPath(file));
            if (info.Length > PlistParser.MaxBytes)
            {
                problem = $"is larger than {PlistParser.MaxBytes / 1024} KiB; not read";
                return null;
            }

            return File.ReadAllBytes(info.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read: " + ex.Message;
            return null;
        }
    }

    private static DefinitionRead Unreadable(string file, string problem) =>
        new(file, null, [], [ServiceFindings.Create(ServiceDefinitionInvalidRule.Descriptor, Severity.Error, file, 0, 0, "the definition " + problem)]);
}
