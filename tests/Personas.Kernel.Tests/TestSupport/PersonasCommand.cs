using System.Diagnostics;

namespace Personas.Kernel.Tests.TestSupport;

/// <summary>This build's <c>personas</c> command (src/Personas.Cli's output of the same configuration as the tests).</summary>
internal static class PersonasCommand
{
    /// <summary>The apphost when it exists (as an installed tool runs), else <c>dotnet Personas.Cli.dll</c>.</summary>
    public static IReadOnlyList<string> Launcher { get; } = Find();

    public static (int Code, string Output) Run(params string[] args)
    {
        var psi = new ProcessStartInfo(Launcher[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in Launcher.Skip(1).Concat(args))
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(120_000);
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    private static string[] Find()
    {
        // tests/Personas.Kernel.Tests/bin/<Configuration>/net10.0/ -> src/Personas.Cli/bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var output = Path.Combine(Jupyter.RepoRoot, "src", "Personas.Cli", "bin", configuration, framework.Name);
        var apphost = Path.Combine(output, OperatingSystem.IsWindows() ? "Personas.Cli.exe" : "Personas.Cli");
        if (File.Exists(apphost))
        {
            return [apphost];
        }

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        return [dotnet, Path.Combine(output, "Personas.Cli.dll")];
    }
}
