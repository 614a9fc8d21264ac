namespace Personas.Kernel;

/// <summary>How a kernel run ended.</summary>
/// <param name="RestartRequested">True when the front end's shutdown request asked for a restart (the front end starts the new kernel).</param>
public sealed record KernelExit(bool RestartRequested);
