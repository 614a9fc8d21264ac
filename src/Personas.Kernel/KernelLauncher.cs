using System.Reflection;

namespace Personas.Kernel;

/// <summary>The command line that starts the running installation of the <c>personas</c> tool again.</summary>
public static class KernelLauncher
{
    /// <summary>
    /// The current process's command: its apphost (<c>personas</c>, <c>Personas.Cli</c>) alone, or <c>dotnet</c> and
    /// the entry assembly when it runs as <c>dotnet Personas.Cli.dll</c>.
    /// </summary>
    /// <returns>The argv prefix.</returns>
    /// <exception cref="InvalidOperationException">The process path or entry assembly is unknown.</exception>
    public static IReadOnlyList<string> CurrentProcess()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of the running program is unknown");
        var name = Path.GetFileNameWithoutExtension(process);
        if (!name.Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return [process];
        }

        var entry = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(entry) ? throw new InvalidOperationException("the entry assembly of the running program is unknown") : [process, entry];
    }

    /// <summary>The folder of the .NET installation that runs this process (set as <c>DOTNET_ROOT</c> for the kernel, so an apphost finds it).</summary>
    internal static string? DotnetRoot()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        return root is not null && Directory.Exists(Path.Combine(root, "shared")) ? root : null;
    }
}
