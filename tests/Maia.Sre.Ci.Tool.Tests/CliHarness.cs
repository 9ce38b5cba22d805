using System.Diagnostics;
using Maia.Sre.Ci.TestSupport;
using Maia.Sre.Ci.Tool.Cli;

namespace Maia.Sre.Ci.Tool.Tests;

/// <summary>Runs <c>maia-sre</c> in-process or as a real process, capturing exit code and output.</summary>
public static class CliHarness
{
    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public IReadOnlyList<string> FindingLines =>
            Out.Split('\n').Where(l => l.Contains(": error MSRE", StringComparison.Ordinal) || l.Contains(": warning MSRE", StringComparison.Ordinal) || l.Contains(": info MSRE", StringComparison.Ordinal)).ToList();
    }

    public static Outcome InProcess(string cwd, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var memory = new MemoryStream();
        var env = new CliEnvironment(stdout, stderr, cwd)
        {
            OutputIsTerminal = false,
            OpenStandardOutput = () => new NonClosingStream(memory),
        };
        var code = CliApp.Run(args, env);
        var json = System.Text.Encoding.UTF8.GetString(memory.ToArray());
        return new Outcome(code, stdout.ToString() + json, stderr.ToString());
    }

    /// <summary>The built tool next to the test assembly (copied there by the project reference).</summary>
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "maia-sre.dll");

    public static Outcome AsProcess(string cwd, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(ToolDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment.Remove("GITHUB_ACTIONS");
        info.Environment.Remove("GITHUB_OUTPUT");
        using var p = Process.Start(info)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(true);
            Assert.Fail("maia-sre did not finish within 120 s");
        }

        return new Outcome(p.ExitCode, output.Result, error.Result);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
