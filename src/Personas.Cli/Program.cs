using System.Runtime.InteropServices;
using Personas.Cli;

// Before anything touches Console: a kernel that inherited SIGINT as ignored must still be interruptible (KernelSignals).
KernelSignals.AcceptInterrupts(args);

// Ctrl+C and SIGTERM cancel the run: every stage stops within a second, staging folders are removed and no output
// file is replaced (exit code 130). A second Ctrl+C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        cancel.Cancel();
    }
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});

return CliApp.Run(args, Console.Out, Console.Error, TimeProvider.System, interactive: !Console.IsErrorRedirected, cancel.Token);
