using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary><c>build --sample N [--sample-by C]</c>: every row assigned, the sample stated; bad values are usage errors naming the option.</summary>
public class SampleOptionTests
{
    private static readonly string Csv = Path.Combine(Paths.DataSamples, "customers.csv");

    [Fact]
    public void Sample_AssignsEveryRow_AndStatesTheSample()
    {
        var dir = Path.Combine(Paths.NewTempDir(), "out");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", Csv, "--sample", "700", "--sample-by", "region", "--k", "3", "--out", dir);
        Assert.True(code == 0, err);
        var assigned = File.ReadAllLines(Path.Combine(dir, "assignments.csv")).Length - 1;
        var excluded = File.ReadAllLines(Path.Combine(dir, "exclusions.csv")).Length - 1;
        Assert.Equal(5000, assigned + excluded);
        var json = File.ReadAllText(Path.Combine(dir, "personas.json"));
        Assert.Contains("\"method\": \"stratified\"", json, StringComparison.Ordinal);
        Assert.Contains("\"by\": \"region\"", json, StringComparison.Ordinal);
        Assert.Contains("\"rowsTotal\": 5000", json, StringComparison.Ordinal);
        Assert.Contains("trained on a sample of 700 of 5,000 rows", File.ReadAllText(Path.Combine(dir, "personas.json")), StringComparison.Ordinal);
        var cards = File.ReadAllText(Path.Combine(dir, "cards.md"));
        Assert.Contains("personas learned and profiled on 700 of 5,000 rows (stratified by region, seed 42). Every row assigned:", cards, StringComparison.Ordinal);
        Assert.Contains("Every row assigned:", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sample 0", "option --sample: 0 is not allowed")]
    [InlineData("--sample -3", "option --sample: -3 is not allowed")]
    [InlineData("--sample many", "--sample")]
    [InlineData("--sample 100 --sample-by no_such_column", "option --sample-by: no_such_column is not allowed; expected a column of customers.csv")]
    [InlineData("--sample-by region", "--sample-by")]
    public void BadValues_AreUsageErrors(string args, string message)
    {
        var (code, _, err) = BuildCommandTests.Run(["build", "--customers", Csv, "--k", "3", .. args.Split(' '), "--out", Path.Combine(Paths.NewTempDir(), "out")]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_WithTransactions_IsAUsageError()
    {
        var (code, _, err) = BuildCommandTests.Run("build", "--transactions", Csv, "--customer-column", "customer_id", "--date-column", "x", "--amount-column", "y", "--sample", "10", "--out", Path.Combine(Paths.NewTempDir(), "out"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--sample applies to --customers", err, StringComparison.Ordinal);
    }
}
