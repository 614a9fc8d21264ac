using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Personas.Notebooks;

namespace Personas.Kernel;

/// <summary>
/// The kernel: receives requests on shell and control, runs cells one at a time in a <see cref="ScriptSession"/>,
/// publishes status and outputs on IOPub, asks for input on stdin. Shell requests are handled in order on one worker;
/// control requests (interrupt, shutdown) on another, so they are served while a cell runs.
/// </summary>
internal sealed partial class KernelServer : IDisposable
{
    private readonly ConnectionInfo info;
    private readonly JupyterKernelOptions options;
    private readonly MessageSigner signer;
    private readonly string session = Guid.NewGuid().ToString("N");
    private readonly Channel<JupyterMessage> shellQueue = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<JupyterMessage> controlQueue = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly object cellGate = new();
    private readonly ScriptSession script;
    private readonly List<(int Count, string Code)> history = [];
    private KernelSockets? sockets;
    private CancellationTokenSource? runningCell;
    private TaskCompletionSource<string>? pendingInput;
    private int executionCount;
    private bool restartRequested;

    public KernelServer(ConnectionInfo info, JupyterKernelOptions options)
    {
        this.info = info;
        this.options = options;
        signer = new MessageSigner(info.Key);
        script = new ScriptSession(options.WorkingDirectory ?? Environment.CurrentDirectory, options.LocalPackageFolder)
        {
            Warn = Log,
        };
    }

    /// <summary>True when the front end asked for a restart in its shutdown request.</summary>
    public bool RestartRequested => restartRequested;

    public async Task RunAsync(CancellationToken ct)
    {
        ConsoleRouter.Install();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping.Token);
        sockets = new KernelSockets(info, OnReceived);
        sockets.Start();
        using var sigint = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, c =>
        {
            c.Cancel = true;
            Interrupt();
        });
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        if (options.WarmUp)
        {
            // Roslyn's first compile takes seconds: do it while the front end connects, not in the user's first cell.
            _ = Task.Run(script.WarmUp, CancellationToken.None);
        }

        _ = WatchParentAsync(linked.Token);
        var control = Task.Run(() => ServeAsync(controlQueue.Reader, KernelChannel.Control, linked.Token), CancellationToken.None);
        var shell = Task.Run(() => ServeAsync(shellQueue.Reader, KernelChannel.Shell, linked.Token), CancellationToken.None);
        try
        {
            await Task.WhenAny(control, shell).ConfigureAwait(false);
            await stopping.CancelAsync().ConfigureAwait(false);
            Interrupt();
            await Task.WhenAll(control, shell).WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A cell that ignores cancellation keeps the shell worker busy: the process exits without it.
        }
        finally
        {
            sockets.Drain(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>
    /// Jupyter names the process that started the kernel in <c>JPY_PARENT_PID</c>: when it is gone (a front end killed
    /// without shutting its kernels down), the kernel stops instead of listening forever.
    /// </summary>
    private async Task WatchParentAsync(CancellationToken ct)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parent) || parent <= 1)
        {
            return;
        }

        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), ct).ConfigureAwait(false);
                if (!IsRunning(parent))
                {
                    Log($"the process that started the kernel ({parent.ToString(System.Globalization.CultureInfo.InvariantCulture)}) is gone: stopping");
                    await stopping.CancelAsync().ConfigureAwait(false);
                    Interrupt();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        sockets?.Dispose();
        stopping.Dispose();
    }

    private void OnReceived(KernelChannel channel, List<byte[]> frames)
    {
        var message = JupyterMessage.Parse(frames, signer, out var refused);
        if (message is null)
        {
            Log($"refused a message on {channel.ToString().ToLowerInvariant()}: {refused}");
            return;
        }

        switch (channel)
        {
            case KernelChannel.Shell:
                shellQueue.Writer.TryWrite(message);
                break;
            case KernelChannel.Control:
                controlQueue.Writer.TryWrite(message);
                break;
            case KernelChannel.Stdin when message.Type == "input_reply":
                var value = message.Content["value"] is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;
                Interlocked.Exchange(ref pendingInput, null)?.TrySetResult(value);
                break;
        }
    }

    private async Task ServeAsync(ChannelReader<JupyterMessage> queue, KernelChannel channel, CancellationToken ct)
    {
        try
        {
            while (await queue.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (queue.TryRead(out var message))
                {
                    Publish("status", new JsonObject { ["execution_state"] = "busy" }, message);
                    bool keepGoing;
                    try
                    {
                        keepGoing = await HandleAsync(message, channel).ConfigureAwait(false);
                    }
#pragma warning disable CA1031 // A bug in one handler must not take the kernel down: it is logged and the request answered with an error.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        Log($"internal error handling {message.Type}: {e}");
                        Reply(message, channel, new JsonObject { ["status"] = "error", ["ename"] = e.GetType().Name, ["evalue"] = e.Message, ["traceback"] = new JsonArray() });
                        keepGoing = true;
                    }

                    Publish("status", new JsonObject { ["execution_state"] = "idle" }, message);
                    if (!keepGoing)
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Handles one request; false when the kernel should stop (shutdown).</summary>
    private async Task<bool> HandleAsync(JupyterMessage message, KernelChannel channel)
    {
        switch (message.Type)
        {
            case "kernel_info_request":
                Reply(message, channel, KernelInfo());
                return true;
            case "execute_request" when channel == KernelChannel.Shell:
                await ExecuteAsync(message).ConfigureAwait(false);
                return true;
            case "complete_request":
                Reply(message, channel, Complete(message.Content));
                return true;
            case "inspect_request":
                Reply(message, channel, Inspect(message.Content));
                return true;
            case "is_complete_request":
                Reply(message, channel, IsComplete(message.Content));
                return true;
            case "history_request":
                Reply(message, channel, History(message.Content));
                return true;
            case "comm_info_request":
                Reply(message, channel, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                return true;
            case "comm_open":
                // No comm targets are registered: close it, as Jupyter kernels do for an unknown target.
                Publish("comm_close", new JsonObject { ["comm_id"] = message.Content["comm_id"]?.DeepClone(), ["data"] = new JsonObject() }, message);
                return true;
            case "comm_msg" or "comm_close":
                return true;
            case "interrupt_request":
                Interrupt();
                Reply(message, channel, new JsonObject { ["status"] = "ok" });
                return true;
            case "shutdown_request":
                restartRequested = message.Content["restart"] is JsonValue r && r.TryGetValue(out bool restart) && restart;
                var reply = new JsonObject { ["status"] = "ok", ["restart"] = restartRequested };
                Reply(message, channel, reply);
                Publish("shutdown_reply", (JsonObject)reply.DeepClone(), message);
                Interrupt();
                await stopping.CancelAsync().ConfigureAwait(false);
                return false;
            default:
                Log($"ignored a {message.Type} on {channel.ToString().ToLowerInvariant()}");
                return true;
        }
    }

    private void Interrupt()
    {
        lock (cellGate)
        {
            runningCell?.Cancel();
        }

        Interlocked.Exchange(ref pendingInput, null)?.TrySetCanceled();
    }

    private JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = "personas",
        ["implementation_version"] = JupyterKernel.Version,
        ["language_info"] = new JsonObject
        {
            ["name"] = "csharp",
            ["version"] = "14.0",
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = "C# (Personas) " + JupyterKernel.Version + ": C# cells with Roslyn scripting; #r \"nuget: Name\", #i \"nuget: folder\", display(value).",
        ["help_links"] = new JsonArray(new JsonObject { ["text"] = "Personas notebooks", ["url"] = "https://github.com/personas-dotnet/personas/tree/main/notebooks" }),
        ["debugger"] = false,
    };

    private void Reply(JupyterMessage request, KernelChannel channel, JsonObject content)
    {
        var type = request.Type.EndsWith("_request", StringComparison.Ordinal) ? request.Type[..^"_request".Length] + "_reply" : request.Type + "_reply";
        Send(channel, JupyterMessage.Create(type, content, request, session));
    }

    private void Publish(string type, JsonObject content, JupyterMessage? parent) =>
        Send(KernelChannel.IOPub, JupyterMessage.Create(type, content, parent, session, [System.Text.Encoding.UTF8.GetBytes("kernel." + session + "." + type)]));

    private void Send(KernelChannel channel, JupyterMessage message) => sockets?.Send(channel, message.ToFrames(signer));

    private void Log(string text) => options.Log?.WriteLine("personas kernel: " + text);
}
