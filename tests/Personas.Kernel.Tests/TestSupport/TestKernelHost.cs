namespace Personas.Kernel.Tests.TestSupport;

/// <summary>
/// <c>dotnet Personas.Kernel.Tests.dll kernel run --connection-file F</c> runs the kernel as its own process, with the
/// library and charts beside it (as the <c>personas</c> tool carries them), for Jupyter's KernelManager, nbclient and
/// nbconvert. Test runners load this assembly as a library and never call it.
/// </summary>
public static class TestKernelHost
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["kernel", "run", "--connection-file", var file])
        {
            await Console.Error.WriteLineAsync("usage: kernel run --connection-file FILE");
            return 2;
        }

        await KernelCommands.RunAsync(file, Console.Error);
        return 0;
    }

    /// <summary>The command that starts this assembly as a kernel (the kernelspec's launcher in tests).</summary>
    public static IReadOnlyList<string> Launcher =>
        [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet", typeof(TestKernelHost).Assembly.Location];
}
