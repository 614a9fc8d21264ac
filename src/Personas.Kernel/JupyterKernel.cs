using System.Reflection;

namespace Personas.Kernel;

/// <summary>
/// Runs the C# Jupyter kernel: Jupyter's messaging protocol 5.3 over ZeroMQ (NetMQ) on the connection file's ports,
/// cells run in one Roslyn session (state across cells, <c>#r "nuget: ..."</c>, rich display, offline charts).
/// <c>personas kernel run --connection-file F</c> calls it; the kernelspec written by <see cref="KernelSpecs.Install"/>
/// starts that command.
/// </summary>
/// <example>
/// <code>
/// var exit = await JupyterKernel.RunAsync(ConnectionInfo.Load(path), new JupyterKernelOptions { Log = Console.Error });
/// </code>
/// </example>
public static class JupyterKernel
{
    /// <summary>The kernel's version (the Personas version).</summary>
    public static string Version { get; } =
        typeof(JupyterKernel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Serves the kernel until the front end shuts it down or <paramref name="ct"/> is cancelled.</summary>
    /// <param name="connection">The connection settings (ports, key).</param>
    /// <param name="options">Working folder, package folder, log; null for the defaults.</param>
    /// <param name="ct">Stops the kernel.</param>
    /// <returns>How the kernel ended: whether the front end asked for a restart.</returns>
    /// <exception cref="IOException">A port cannot be bound (for example it is in use).</exception>
    public static async Task<KernelExit> RunAsync(ConnectionInfo connection, JupyterKernelOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var server = new KernelServer(connection, options ?? new JupyterKernelOptions());
        await server.RunAsync(ct).ConfigureAwait(false);
        return new KernelExit(server.RestartRequested);
    }
}
