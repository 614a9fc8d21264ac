using Personas.Cli;
using Personas.Samples;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

public class SampleCommandTests
{
    [Fact]
    public void Sample_Quarter2_WritesTheThirdQuarterOfTheSameRetailer()
    {
        var dir = Paths.NewTempDir();
        var (code, stdout, stderr) = BuildCommandTests.Run("sample", "--customers", "300", "--quarter", "2", "--out", dir);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Contains("quarter 2", stdout, StringComparison.Ordinal);
        var expected = SampleGenerator.Generate(new SampleOptions { Customers = 300, Quarter = 2 });
        Assert.Equal(expected.ToCustomersCsv(), File.ReadAllText(Path.Combine(dir, SampleGenerator.CustomersFile)));
        Assert.NotEqual(SampleGenerator.Generate(new SampleOptions { Customers = 300, Quarter = 1 }).ToCustomersCsv(), expected.ToCustomersCsv());
        Assert.Contains("2025-07-", File.ReadAllText(Path.Combine(dir, SampleGenerator.TouchpointsFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_QuarterBeyondTheLimit_IsAUsageErrorNamingTheRange()
    {
        var (code, _, stderr) = BuildCommandTests.Run("sample", "--quarter", "1001", "--out", Paths.NewTempDir());

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("option --quarter:", stderr, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1000", stderr, StringComparison.Ordinal);
    }
}
