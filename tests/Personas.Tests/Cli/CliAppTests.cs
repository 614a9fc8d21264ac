using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

public class CliAppTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args) => BuildCommandTests.Run(args);

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
    public void Run_UnknownCommand_ReturnsUsageErrorNamingItAndSuggestingTheNearestCommand()
    {
        var (code, _, stderr) = Run("buld", "--customers", "x.csv");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("'buld'", stderr, StringComparison.Ordinal);
        Assert.Contains("build", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MistypedOption_SuggestsTheOption()
    {
        var (code, _, stderr) = Run("build", "--customers", "x.csv", "--sed", "3", "--out", Paths.NewTempDir());
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("--sed", stderr, StringComparison.Ordinal);
        Assert.Contains("--seed", stderr, StringComparison.Ordinal);
        Assert.Contains("See 'personas build --help'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("assign")]
    [InlineData("refresh")]
    [InlineData("journeys")]
    [InlineData("attribution")]
    [InlineData("notebook")]
    [InlineData("notebook", "run")]
    [InlineData("sample")]
    [InlineData("completion")]
    public void Help_OfEveryCommandAndGroup_ExitsZeroAndListsItsOptions(params string[] command)
    {
        var (code, stdout, stderr) = Run([.. command, "--help"]);
        Assert.True(code == 0, stderr);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains("personas " + string.Join(' ', command), stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DocumentsEveryExitCode()
    {
        var (_, stdout, _) = Run("--help");
        foreach (var code in new[] { "0 success", "1 bad input", "2 usage error", "70 internal error", "130 cancelled" })
        {
            Assert.Contains(code, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ResponseFile_SuppliesTheArguments()
    {
        var dir = Paths.NewTempDir();
        var rsp = Path.Combine(dir, "args.rsp");
        var outDir = Path.Combine(dir, "out");
        File.WriteAllLines(rsp, ["--customers", BuildCommandTests.TwoGroupCsv(), "--k 2", "--out", outDir]);
        var (code, _, stderr) = Run("build", "@" + rsp);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "personas.json")));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _personas_complete personas")]
    [InlineData("zsh", "compdef _personas_complete personas")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName personas")]
    public void Completion_PrintsAScriptForTheShell(string shell, string expected)
    {
        var (code, stdout, _) = Run("completion", shell);
        Assert.Equal(0, code);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestDirective_CompletesCommandsAndOptions()
    {
        var (code, stdout, _) = Run("[suggest:11]", "personas bu");
        Assert.Equal(0, code);
        Assert.Contains("build", stdout, StringComparison.Ordinal);
        (_, stdout, _) = Run("[suggest:20]", "personas build --k-m");
        Assert.Contains("--k-max", stdout, StringComparison.Ordinal);
        Assert.Contains("--k-min", stdout, StringComparison.Ordinal);
    }
}
