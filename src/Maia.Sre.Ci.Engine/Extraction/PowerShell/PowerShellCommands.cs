namespace Maia.Sre.Ci.Extraction.PowerShell;

/// <summary>How a PowerShell command treats its arguments: which parameter or position it writes, reads or runs.</summary>
/// <param name="Positional">The role of positional arguments (the first one; later ones are data unless <paramref name="Second"/>).</param>
/// <param name="Second">The role of the second positional argument (a copy's destination), or data.</param>
internal readonly record struct PsCommand(ReferenceRole Positional, ReferenceRole Second = ReferenceRole.Data);

/// <summary>The PowerShell commands and parameters whose arguments the scanner understands (names ignore letter case).</summary>
internal static class PowerShellCommands
{
    private static readonly Dictionary<string, PsCommand> Commands = Build();

    /// <summary>Parameters whose value is written, whatever the command (<c>-OutFile</c>, <c>-DestinationPath</c>).</summary>
    private static readonly HashSet<string> OutputParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "-OutFile", "-OutputPath", "-DestinationPath", "-Destination", "-OutputFile", "-LogPath", "-LiteralDestination",
        "-OutputDirectory", "-OutputFolder", "-ExportPath", "-TranscriptPath",
    };

    /// <summary>The command <paramref name="name"/>, or the default (arguments are data).</summary>
    public static PsCommand Of(string name) => Commands.GetValueOrDefault(name, new PsCommand(ReferenceRole.Data));

    /// <summary>True when the command is known to the scanner.</summary>
    public static bool IsKnown(string name) => Commands.ContainsKey(name);

    /// <summary>The role of the value of <paramref name="parameter"/> for <paramref name="command"/>, or null for data.</summary>
    public static ReferenceRole? ParameterRole(string command, ReadOnlySpan<char> parameter)
    {
        var p = parameter.TrimEnd(':').ToString();
        if (OutputParameters.Contains(p))
        {
            return ReferenceRole.Produce;
        }

        var known = Of(command);
        if (p.Equals("-Path", StringComparison.OrdinalIgnoreCase) || p.Equals("-LiteralPath", StringComparison.OrdinalIgnoreCase)
            || p.Equals("-FilePath", StringComparison.OrdinalIgnoreCase) || p.Equals("-File", StringComparison.OrdinalIgnoreCase)
            || p.Equals("-Name", StringComparison.OrdinalIgnoreCase) && command.Equals("Import-Module", StringComparison.OrdinalIgnoreCase)
            || p.Equals("-Script", StringComparison.OrdinalIgnoreCase))
        {
            return known.Positional == ReferenceRole.Data ? null : known.Positional;
        }

        return null;
    }

    private static Dictionary<string, PsCommand> Build()
    {
        var d = new Dictionary<string, PsCommand>(StringComparer.OrdinalIgnoreCase);
        void Add(PsCommand c, params string[] names)
        {
            foreach (var n in names)
            {
                d[n] = c;
            }
        }

        Add(new PsCommand(ReferenceRole.Produce),
            "Out-File", "Set-Content", "Add-Content", "New-Item", "ni", "mkdir", "md", "Export-Csv", "Export-Clixml",
            "Tee-Object", "Start-Transcript", "New-ModuleManifest", "Compress-Archive", "New-Fixture", "Export-FormatData",
            "New-ScriptFileInfo", "Update-ModuleManifest", "touch");
        Add(new PsCommand(ReferenceRole.Read, ReferenceRole.Produce), "Copy-Item", "cp", "copy", "cpi", "Move-Item", "mv", "move", "mi", "Rename-Item", "ren");
        Add(new PsCommand(ReferenceRole.Read),
            "Get-Content", "gc", "cat", "type", "Import-Csv", "Import-Clixml", "Import-PowerShellDataFile", "Invoke-Pester",
            "Invoke-ScriptAnalyzer", "Get-FileHash", "Test-ModuleManifest", "Expand-Archive", "Select-String", "sls");
        Add(new PsCommand(ReferenceRole.Run),
            "Import-Module", "ipmo", "Start-Process", "saps", "start", "Invoke-Build", "pwsh", "powershell", "bash", "sh",
            "python", "python3", "node", "using");
        return d;
    }
}
