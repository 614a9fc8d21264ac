namespace Personas.Kernel;

/// <summary>Options for <see cref="KernelSpecs.Install"/>.</summary>
public sealed record KernelInstallOptions
{
    /// <summary>The kernelspec name (the notebooks' metadata names <c>personas</c>): letters, digits, '.', '_' and '-'.</summary>
    /// <value>The default is personas.</value>
    public string Name { get; init; } = KernelSpecs.DefaultName;

    /// <summary>Where to install.</summary>
    /// <value>The default is <see cref="KernelSpecScope.User"/>.</value>
    public KernelSpecScope Scope { get; init; } = KernelSpecScope.User;

    /// <summary>The folder for <see cref="KernelSpecScope.Prefix"/>: the kernelspec goes to <c>Prefix/share/jupyter/kernels/Name</c>.</summary>
    /// <value>The default is null (required with <see cref="KernelSpecScope.Prefix"/>).</value>
    public string? Prefix { get; init; }

    /// <summary>The command that starts this installation of <c>personas</c> (the kernelspec's argv continues with <c>kernel run --connection-file {connection_file}</c>).</summary>
    /// <value>The default is null: <see cref="KernelLauncher.CurrentProcess"/>.</value>
    public IReadOnlyList<string>? Launcher { get; init; }

    /// <summary>The name front ends show in their kernel pickers.</summary>
    /// <value>The default is "C# (Personas)".</value>
    public string DisplayName { get; init; } = "C# (Personas)";
}
