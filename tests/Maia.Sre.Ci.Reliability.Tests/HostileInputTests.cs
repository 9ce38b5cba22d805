namespace Maia.Sre.Ci.Reliability.Tests;

/// <summary>Every bad input ends with its documented exit code and message, the rest still checked, no stack trace, no hang.</summary>
public sealed class HostileInputTests
{
    public static IEnumerable<HostileCase> Cases => HostileCases.All();

    [TestCaseSource(nameof(Cases))]
    public void Bad_input_is_handled(HostileCase scenario)
    {
        var result = scenario.Run();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(scenario.ExitCode), result.Out + result.Error);
            Assert.That(result.HasStackTrace, Is.False, result.Error);
            foreach (var fragment in scenario.StdoutContains)
            {
                Assert.That(result.Out, Does.Contain(fragment));
            }

            foreach (var fragment in scenario.StderrContains)
            {
                Assert.That(result.Error, Does.Contain(fragment));
            }
        });
    }
}
