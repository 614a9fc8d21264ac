using Personas.Cli;

namespace Personas.Tests.Cli;

/// <summary>
/// Only <c>kernel run</c> takes back an inherited ignored SIGINT (KernelSignals); every other command keeps the shell's
/// choice. The interrupt itself is checked with Jupyter's KernelManager in Personas.Kernel.Tests
/// (KernelManager_SigintInterruptsTheCell_WhenTheFrontEndIgnoresSigint).
/// </summary>
public class KernelSignalsTests
{
    [Theory]
    [InlineData(true, "kernel", "run", "--connection-file", "c.json")]
    [InlineData(true, "--verbose", "kernel", "run", "--connection-file", "c.json")]
    [InlineData(false, "kernel", "install", "--user")]
    [InlineData(false, "kernel")]
    [InlineData(false, "build", "--customers", "run")]
    [InlineData(false, "run", "kernel")]
    public void OnlyKernelRun_TakesBackSigint(bool expected, params string[] args) => Assert.Equal(expected, KernelSignals.IsKernelRun(args));

    [Fact]
    public void OtherCommands_LeaveSigintAsItIs() => Assert.False(KernelSignals.AcceptInterrupts(["build", "--customers", "x.csv"]));
}
