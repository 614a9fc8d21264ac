namespace Personas.Kernel;

/// <summary>A kernelspec found in (or written to) one of Jupyter's kernel folders.</summary>
/// <param name="Name">The kernel name (the folder's name).</param>
/// <param name="Folder">The kernelspec folder (holding <c>kernel.json</c>).</param>
/// <param name="DisplayName">The name front ends show.</param>
/// <param name="Language">The kernel's language.</param>
/// <param name="Argv">The command Jupyter runs to start the kernel.</param>
/// <param name="IsPersonas">True when the kernelspec was written by <c>personas kernel install</c>.</param>
public sealed record InstalledKernelSpec(string Name, string Folder, string DisplayName, string Language, IReadOnlyList<string> Argv, bool IsPersonas);
