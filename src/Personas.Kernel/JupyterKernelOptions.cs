namespace Personas.Kernel;

/// <summary>Options for <see cref="JupyterKernel.RunAsync"/>.</summary>
public sealed record JupyterKernelOptions
{
    /// <summary>The folder that relative paths in cells resolve against (<c>#r</c>, <c>#i "nuget: folder"</c>, files).</summary>
    /// <value>The default is null: the process's current directory, which Jupyter sets to the notebook's folder.</value>
    public string? WorkingDirectory { get; init; }

    /// <summary>A folder of <c>.nupkg</c> files searched first by <c>#r "nuget: Name"</c>.</summary>
    /// <value>The default is null: the notebook's own <c>#i</c> folders and the NuGet global packages folder.</value>
    public string? LocalPackageFolder { get; init; }

    /// <summary>Where the kernel logs refused messages and abandoned cells (Jupyter shows a kernel's stderr in its log).</summary>
    /// <value>The default is null: no log.</value>
    public TextWriter? Log { get; init; }

    /// <summary>Whether to compile a throwaway cell at start-up, so that the first real cell answers quickly.</summary>
    /// <value>The default is true.</value>
    public bool WarmUp { get; init; } = true;
}
