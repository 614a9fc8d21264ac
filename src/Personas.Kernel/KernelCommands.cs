using System.Globalization;

namespace Personas.Kernel;

/// <summary>
/// What <c>personas kernel install|uninstall|list|run</c> do, with the lines they print: the command line only maps its
/// options to these calls (and the exceptions to its exit codes).
/// </summary>
public static class KernelCommands
{
    /// <summary><c>personas kernel install [--user | --sys-prefix | --prefix DIR] [--name NAME]</c>.</summary>
    /// <param name="options">Name, place and launcher (null launcher: this process).</param>
    /// <param name="output">Receives one line naming the folder.</param>
    /// <returns>The installed kernelspec.</returns>
    /// <exception cref="ArgumentException">A bad name, or <c>--prefix</c> without a folder (usage errors).</exception>
    /// <exception cref="InvalidOperationException"><c>--sys-prefix</c> without a Python environment.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written (permissions).</exception>
    public static InstalledKernelSpec Install(KernelInstallOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var spec = KernelSpecs.Install(options);
        output.WriteLine($"installed kernelspec '{spec.Name}' ({options.DisplayName}) in {spec.Folder}");
        output.WriteLine("it starts: " + string.Join(' ', spec.Argv.Select(Quote)));
        return spec;
    }

    /// <summary><c>personas kernel uninstall [--name NAME] [--user | --sys-prefix | --prefix DIR]</c>.</summary>
    /// <param name="name">The kernel name.</param>
    /// <param name="scope">Where to remove it from; null for the one Jupyter would use.</param>
    /// <param name="prefix">The folder for <see cref="KernelSpecScope.Prefix"/>.</param>
    /// <param name="output">Receives one line.</param>
    /// <returns>True when a kernelspec was removed.</returns>
    /// <exception cref="InvalidOperationException">The kernelspec of that name was not written by Personas.</exception>
    /// <exception cref="IOException">The folder cannot be removed.</exception>
    public static bool Uninstall(string name, KernelSpecScope? scope, string? prefix, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var removed = KernelSpecs.Uninstall(name, scope, prefix);
        var where = prefix is not null ? Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels") : scope is null ? "the places Jupyter looks" : scope.ToString()!.ToLowerInvariant() + " kernelspecs";
        output.WriteLine(removed is null ? $"no kernelspec '{name}' found in {where}; nothing removed" : $"removed kernelspec '{name}' from {removed.Folder}");
        return removed is not null;
    }

    /// <summary><c>personas kernel list</c>: the kernelspecs Jupyter finds, as <c>jupyter kernelspec list</c> shows them (Personas ones marked).</summary>
    /// <param name="output">Receives the table.</param>
    /// <returns>The kernelspecs.</returns>
    public static IReadOnlyList<InstalledKernelSpec> List(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var specs = KernelSpecs.List();
        if (specs.Count == 0)
        {
            output.WriteLine("no kernelspecs found in: " + string.Join(", ", KernelSpecs.SearchPath()));
            return specs;
        }

        var width = specs.Max(s => s.Name.Length) + 2;
        output.WriteLine("Available kernels:");
        foreach (var s in specs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Name.PadRight(width)}{s.Folder}{(s.IsPersonas ? "  (personas)" : string.Empty)}"));
        }

        return specs;
    }

    /// <summary><c>personas kernel run --connection-file FILE</c>: serves the kernel until the front end shuts it down.</summary>
    /// <param name="connectionFile">The connection file Jupyter wrote.</param>
    /// <param name="log">Where refused messages and abandoned cells are logged (the kernel's stderr).</param>
    /// <param name="ct">Stops the kernel.</param>
    /// <returns>How the kernel ended.</returns>
    /// <exception cref="Personas.Data.PersonasDataException">The connection file is not valid.</exception>
    /// <exception cref="IOException">The file cannot be read, or a port cannot be bound.</exception>
    public static Task<KernelExit> RunAsync(string connectionFile, TextWriter? log, CancellationToken ct = default) =>
        JupyterKernel.RunAsync(ConnectionInfo.Load(connectionFile), new JupyterKernelOptions { Log = log }, ct);

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? "\"" + arg + "\"" : arg;
}
