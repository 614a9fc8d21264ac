using Personas.Cli;

namespace Personas.Tests.Cli;

public class CliAppTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_WithNoArguments_PrintsHelpAndReturnsUsageError()
    {
        var (code, stdout, _) = Run();
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("Commands:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsLibraryVersion()
    {
        var (code, stdout, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Contains(PersonasInfo.Version, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ReturnsUsageErrorNamingIt()
    {
        var (code, _, stderr) = Run("frobnicate");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("'frobnicate'", stderr, StringComparison.Ordinal);
    }
}
