using Maia.Sre.Ci.Extraction;

namespace Maia.Sre.Ci.Engine.Tests;

public sealed class ScriptFolderVariablesTests
{
    [TestCase("SCRIPT_DIR=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"", "SCRIPT_DIR", "")]
    [TestCase("repo=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)", "repo", "..")]
    [TestCase("local here=\"$(dirname \"$0\")\"", "here", "")]
    [TestCase("ROOT=$(dirname \"$0\")/../..", "ROOT", "../..")]
    [TestCase("export TOOLS=\"$(dirname \"$0\")/tools\"", "TOOLS", "tools")]
    [TestCase("$root = \"$PSScriptRoot/..\"", "root", "..")]
    public void Assignments_of_the_script_folder_are_recognised(string line, string name, string relative)
    {
        var variables = new Dictionary<string, string>();
        ScriptFolderVariables.Read(line, variables);
        Assert.That(variables, Is.EqualTo(new Dictionary<string, string> { [name] = relative }));
    }

    [TestCase("DIR=$(pwd)")]
    [TestCase("X=\"$(dirname \"$1\")\"")]
    [TestCase("echo $(dirname \"$0\")")]
    public void Other_assignments_are_not(string line)
    {
        var variables = new Dictionary<string, string>();
        ScriptFolderVariables.Read(line, variables);
        Assert.That(variables, Is.Empty);
    }

    [TestCase("$repo/tools/x.sh", "$SCRIPT_DIR/../tools/x.sh")]
    [TestCase("${repo}/x.sh", "$SCRIPT_DIR/../x.sh")]
    [TestCase("$here/x.sh", "$SCRIPT_DIR/x.sh")]
    [TestCase("$other/x.sh", null)]
    [TestCase("$repo", null)]
    public void References_through_them_resolve_from_the_script_folder(string text, string? expected)
    {
        var variables = new Dictionary<string, string> { ["repo"] = "..", ["here"] = "" };
        Assert.That(ScriptFolderVariables.Rewrite(text, variables), Is.EqualTo(expected));
    }
}
