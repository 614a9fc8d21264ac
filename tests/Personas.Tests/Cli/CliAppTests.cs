using Personas.Cli;

namespace Personas.Tests.Cli;

public class CliAppTests
{
    [Fact]
    public void Run_WithNoArguments_PrintsVersion()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run([], stdout, stderr);
        Assert.Equal(0, code);
        Assert.Contains("personas", stdout.ToString(), StringComparison.Ordinal);
    }
}
