using NetMQ;
using NetMQ.Sockets;

namespace Personas.Kernel;

/// <summary>
/// The five ZeroMQ sockets of a kernel, bound to the connection file's ports and served by one poller thread: every
/// receive and every send happens on that thread (NetMQ sockets are not thread-safe); other threads queue their sends.
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly ResponseSocket heartbeat = new();
    private readonly NetMQQueue<(KernelChannel Channel, List<byte[]> Frames)> outgoing = new();
    private readonly NetMQPoller poller;
    private readonly Action<KernelChannel, List<byte[]>> received;
    private int pending;

    public KernelSockets(ConnectionInfo info, Action<KernelChannel, List<byte[]>> received)
    {
        this.received = received;
        NetMQSocket[] all = [shell, control, stdin, iopub, heartbeat];
        foreach (var socket in all)
        {
            socket.Options.Linger = Linger;
        }

        Bind(shell, info, info.ShellPort, "shell_port");
        Bind(control, info, info.ControlPort, "control_port");
        Bind(stdin, info, info.StdinPort, "stdin_port");
        Bind(iopub, info, info.IOPubPort, "iopub_port");
        Bind(heartbeat, info, info.HeartbeatPort, "hb_port");

        shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket);
        control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket);
        stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket);
        heartbeat.ReceiveReady += (_, e) =>
        {
            var ping = new List<byte[]>();
            while (e.Socket.TryReceiveMultipartBytes(ref ping))
            {
                e.Socket.SendMultipartBytes(ping);
                ping = [];
            }
        };
        outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                var socket = item.Channel switch
                {
                    KernelChannel.Shell => (NetMQSocket)shell,
                    KernelChannel.Control => control,
                    KernelChannel.Stdin => stdin,
                    _ => iopub,
                };
                socket.SendMultipartBytes(item.Frames);
                Interlocked.Decrement(ref pending);
            }
        };
        poller = [shell, control, stdin, iopub, heartbeat, outgoing];
    }

    public void Start() => poller.RunAsync("personas-kernel-sockets", isBackgroundThread: true);

    public void Send(KernelChannel channel, List<byte[]> frames)
    {
        Interlocked.Increment(ref pending);
        outgoing.Enqueue((channel, frames));
    }

    /// <summary>Waits (briefly) until every queued message has been handed to its socket.</summary>
    public void Drain(TimeSpan limit)
    {
        var until = Environment.TickCount64 + (long)limit.TotalMilliseconds;
        while (Volatile.Read(ref pending) > 0 && Environment.TickCount64 < until)
        {
            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        if (poller.IsRunning)
        {
            poller.Stop();
        }

        poller.Dispose();
        outgoing.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub, heartbeat })
        {
            socket.Dispose();
        }
    }

    private static void Bind(NetMQSocket socket, ConnectionInfo info, int port, string name)
    {
        try
        {
            socket.Bind(info.Endpoint(port));
        }
        catch (NetMQException e)
        {
            throw new IOException($"cannot bind the kernel's {name} to {info.Endpoint(port)}: {e.Message} (is another kernel using this connection file?)", e);
        }
    }

    private void Receive(KernelChannel channel, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(ref frames))
        {
            received(channel, frames);
            frames = [];
        }
    }
}
