namespace Personas.Kernel;

/// <summary>The kernel's sockets that carry messages (the heartbeat only echoes).</summary>
internal enum KernelChannel
{
    /// <summary>Requests and replies (ROUTER).</summary>
    Shell,

    /// <summary>Interrupt, shutdown and other urgent requests (ROUTER), served while a cell runs.</summary>
    Control,

    /// <summary>Input requests to the front end (ROUTER).</summary>
    Stdin,

    /// <summary>Broadcast of outputs and status (PUB).</summary>
    IOPub,
}
