using System.Runtime.InteropServices;
using Maia.Sre.Ci.Tool.Cli;

// SIGINT/SIGTERM cancel the run cooperatively: reports are only ever renamed into place complete, so an interrupted
// run leaves none half-written, and the process exits with the conventional 128 + signal number.
using var cancellation = new CancellationTokenSource();
var signal = 0;
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    signal = context.Signal == PosixSignal.SIGTERM ? 15 : 2;
    cancellation.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
var code = CliApp.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory) { Cancellation = cancellation.Token });
return signal == 0 ? code : 128 + signal;
