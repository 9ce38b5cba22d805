using Maia.Sre.Ci.TestSupport;

namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>Removes the copy of the tool that tests running as another user made (<see cref="ReachableTool"/>).</summary>
[SetUpFixture]
public sealed class ToolCopyCleanup
{
    [OneTimeTearDown]
    public void DeleteTheCopy() => ReachableTool.Delete();
}
