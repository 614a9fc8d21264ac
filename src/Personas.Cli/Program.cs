using Personas.Cli;

// Ctrl+C cancels the run: long stages stop promptly and no output file is written (outputs are staged and moved
// into place only at the end). A second Ctrl+C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancel.IsCancellationRequested)
    {
        e.Cancel = true;
        cancel.Cancel();
    }
};

return CliApp.Run(args, Console.Out, Console.Error, TimeProvider.System, interactive: !Console.IsErrorRedirected, cancel.Token);
