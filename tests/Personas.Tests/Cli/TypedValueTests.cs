using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>Values are typed: booleans take every usual form, numbers are range-checked by the library's own limits.</summary>
public class TypedValueTests
{
    /// <summary>A semicolon file whose money columns use decimal commas: with --decimal-comma they are numbers, without they are text.</summary>
    private static string DecimalCommaCsv()
    {
        var path = Path.Combine(Paths.NewTempDir(), "customers.csv");
        var lines = new List<string> { "customer_id;spend;visits" };
        for (var i = 0; i < 60; i++)
        {
            var high = i % 2 == 0;
            lines.Add(FormattableString.Invariant($"C{i:000};{(high ? 900 + i : 100 + i)},{i % 10}5;{(high ? 20 : 3) + (i % 4)}"));
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Roles(string outDir) =>
        string.Join(",", System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json"))).RootElement
            .GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString() + ":" + c.GetProperty("role").GetString()));

    [Fact]
    public void DecimalComma_TakesFlagTrueFalseAndEqualsForms()
    {
        var input = DecimalCommaCsv();
        string Build(params string[] extra)
        {
            var outDir = Paths.NewTempDir();
            var (code, _, err) = BuildCommandTests.Run(["build", "--customers", input, "--k", "2", .. extra, "--out", outDir]);
            Assert.True(code == 0, err);
            return Roles(outDir);
        }

        var off = Build();
        var on = Build("--decimal-comma");
        Assert.Contains("spend:numeric", on, StringComparison.Ordinal);
        Assert.DoesNotContain("spend:numeric", off, StringComparison.Ordinal);
        Assert.Equal(off, Build("--decimal-comma=false"));
        Assert.Equal(off, Build("--decimal-comma", "false"));
        Assert.Equal(on, Build("--decimal-comma=true"));
        Assert.Equal(on, Build("--decimal-comma", "true"));
    }

    [Theory]
    [InlineData("--k", "1", "from 2 to 100")]
    [InlineData("--k", "0", "from 2 to 100")]
    [InlineData("--k", "101", "from 2 to 100")]
    [InlineData("--k-min", "1", "from 2 to 100")]
    [InlineData("--threads", "0", "from 1 to 1024")]
    [InlineData("--seed", "99999999999", "out of range for a whole number")]
    [InlineData("--k-max", "-3", "from 2 to 100")]
    public void OutOfRangeNumber_IsAUsageErrorNamingTheOptionAndTheRange(string option, string value, string range)
    {
        var (code, _, stderr) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), option, value, "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("option " + option + ":", stderr, StringComparison.Ordinal);
        Assert.Contains(range, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KMaxBelowKMin_IsAUsageErrorNamingBoth()
    {
        var (code, _, stderr) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), "--k-min", "5", "--k-max", "3", "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("option --k-max: 3 is not allowed; expected a whole number from 5 to 100", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KAboveTheNumberOfDistinctCustomers_IsAUsageError_NeverEmptyPersonas()
    {
        var path = Path.Combine(Paths.NewTempDir(), "few.csv");
        File.WriteAllLines(path, ["customer_id,spend,visits", .. Enumerable.Range(0, 40).Select(i => FormattableString.Invariant($"C{i},{(i % 3) * 100},{i % 3}"))]);
        var (code, _, stderr) = BuildCommandTests.Run("build", "--customers", path, "--k", "4", "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("option --k: 4 is not allowed; expected a whole number below 3, the number of distinct customers", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AutoK_WithFewDistinctCustomers_TriesFewerKWithAWarning()
    {
        var path = Path.Combine(Paths.NewTempDir(), "few.csv");
        File.WriteAllLines(path, ["customer_id,spend,visits", .. Enumerable.Range(0, 40).Select(i => FormattableString.Invariant($"C{i},{(i % 4) * 100},{i % 4}"))]);
        var outDir = Paths.NewTempDir();
        var (code, stdout, stderr) = BuildCommandTests.Run("build", "--customers", path, "--out", outDir);
        Assert.True(code == 0, stderr);
        Assert.Contains("Only 4 distinct customers", stdout, StringComparison.Ordinal);
        var personas = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json"))).RootElement.GetProperty("personas");
        Assert.All(personas.EnumerateArray(), p => Assert.True(p.GetProperty("size").GetInt32() > 0));
    }

    [Fact]
    public void RefreshScalingWithoutRefitPlan_IsAUsageError()
    {
        var (code, _, stderr) = BuildCommandTests.Run("refresh", "--previous", "m.json", "--customers", "c.csv", "--scaling", "robust", "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--refit-plan", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--events-customer-column", "cid")]
    [InlineData("--split", "gap")]
    [InlineData("--markov-order", "2")]
    public void JourneyOptionsWithoutEvents_AreAUsageError(string option, string value)
    {
        var (code, _, stderr) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), option, value, "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option + " applies only with --events", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--k", "3", "--k-max", "5")]
    [InlineData("--amount-column", "a", "--k", "2")]
    public void OptionsThatDoNotFitTogether_AreAUsageError(string a, string av, string b, string bv)
    {
        var (code, _, _) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), a, av, b, bv, "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public void GapDaysWithASplitWithoutGaps_AndSeedWithoutBootstrap_AreUsageErrors()
    {
        var events = Path.Combine(Paths.DataSamples, "touchpoints.csv");
        var (code, _, err) = BuildCommandTests.Run("journeys", "--events", events, "--split", "customer", "--gap-days", "10", "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--gap-days applies to --split auto, purchase or gap", err, StringComparison.Ordinal);
        var paths = Path.Combine(Paths.NewTempDir(), "p.csv");
        File.WriteAllText(paths, "path,total_conversions\nA,1\n");
        Assert.Equal(ExitCodes.Usage, BuildCommandTests.Run("attribution", "--paths", paths, "--seed", "3", "--out", Path.Combine(Paths.NewTempDir(), "a.json")).Code);
    }
}
