using System.Text.Json;
using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

public class BuildCommandTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, FixedClock.Default, interactive: false, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    internal static string TwoGroupCsv()
    {
        var dir = Paths.NewTempDir();
        var path = Path.Combine(dir, "customers.csv");
        var lines = new List<string> { "customer_id,spend,visits,segment" };
        for (var i = 0; i < 60; i++)
        {
            var high = i % 2 == 0;
            lines.Add(FormattableString.Invariant($"C{i:000},{(high ? 900 + (i * 7 % 50) : 100 + (i * 13 % 40))},{(high ? 20 + (i % 5) : 3 + (i % 3))},{(high ? "gold" : "basic")}"));
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Build_WritesEveryOutputFile_AndExitsZero()
    {
        var input = TwoGroupCsv();
        var outDir = Paths.NewTempDir();
        var (code, stdout, stderr) = Run("build", "--customers", input, "--k", "2", "--out", outDir);
        Assert.True(code == 0, stderr);
        foreach (var f in new[] { "personas.json", "assignments.csv", "exclusions.csv", "cards.md", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, f)), f + " missing");
        }

        Assert.Empty(Directory.GetDirectories(outDir)); // no staging folder left behind
        var assignments = File.ReadAllLines(Path.Combine(outDir, "assignments.csv"));
        Assert.Equal("customer_id,persona_id,persona_name,distance,confidence,is_outlier", assignments[0]);
        Assert.Equal(61, assignments.Length);
        Assert.Equal("line,customer_id,reason", File.ReadAllLines(Path.Combine(outDir, "exclusions.csv"))[0]);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json")));
        Assert.Equal(2, doc.RootElement.GetProperty("k").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("personas").GetArrayLength());
        Assert.Contains("P1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SameSeedTwice_GivesByteIdenticalOutputs()
    {
        var input = TwoGroupCsv();
        var a = Paths.NewTempDir();
        var b = Paths.NewTempDir();
        Assert.Equal(0, Run("build", "--customers", input, "--seed", "7", "--k-max", "4", "--out", a).Code);
        Assert.Equal(0, Run("build", "--customers", input, "--seed", "7", "--k-max", "4", "--out", b).Code);
        foreach (var f in Directory.GetFiles(a).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, f!)), File.ReadAllBytes(Path.Combine(b, f!)));
        }
    }

    [Fact]
    public void Build_MissingFile_ExitsOneNamingTheFile()
    {
        var (code, _, stderr) = Run("build", "--customers", "/nonexistent/customers.csv", "--out", Paths.NewTempDir());
        Assert.Equal(CliApp.BadData, code);
        Assert.Contains("customers.csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TextInNumericColumn_FailPolicyNamesLineAndColumn()
    {
        var dir = Paths.NewTempDir();
        var path = Path.Combine(dir, "bad.csv");
        var lines = new List<string> { "customer_id,spend" };
        lines.AddRange(Enumerable.Range(0, 30).Select(i => FormattableString.Invariant($"C{i},{i * 10}")));
        lines.Insert(5, "B,x");
        File.WriteAllLines(path, lines);

        var (excluded, _, _) = Run("build", "--customers", path, "--k", "2", "--out", Paths.NewTempDir());
        var (code, _, stderr) = Run("build", "--customers", path, "--k", "2", "--fail-on-bad-rows", "--out", Paths.NewTempDir());

        Assert.Equal(CliApp.Ok, excluded);
        Assert.Equal(CliApp.BadData, code);
        Assert.Contains("bad.csv:6", stderr, StringComparison.Ordinal); // file and line
        Assert.Contains("spend", stderr, StringComparison.Ordinal); // column
        Assert.Contains("'x'", stderr, StringComparison.Ordinal); // what was found
    }

    [Theory]
    [InlineData("--k", "zero")]
    [InlineData("--scaling", "log")]
    [InlineData("--bogus", "1")]
    public void Build_BadOption_ExitsTwo(string option, string value)
    {
        var (code, _, stderr) = Run("build", "--customers", TwoGroupCsv(), option, value, "--out", Paths.NewTempDir());
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutOut_ExitsTwo()
    {
        Assert.Equal(CliApp.UsageError, Run("build", "--customers", TwoGroupCsv()).Code);
    }
}

public class BuildCommandRunTests
{
    [Fact]
    public void Build_Verbose_LogsDecisionsToStderr_AndIsSilentOtherwise()
    {
        var input = BuildCommandTests.TwoGroupCsv();
        var (_, _, quiet) = BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--out", Paths.NewTempDir());
        Assert.DoesNotContain("info:", quiet, StringComparison.Ordinal);
        var (code, _, verbose) = BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--verbose", "--out", Paths.NewTempDir());
        Assert.Equal(0, code);
        Assert.Contains("info: chosen k = 2", verbose, StringComparison.Ordinal);
        Assert.Contains("info: features:", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Cancelled_WritesNoOutputFiles()
    {
        var outDir = Paths.NewTempDir();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["build", "--customers", Path.Combine(Paths.DataSamples, "customers.csv"), "--out", outDir], stdout, stderr, FixedClock.Default, false, cts.Token);
        Assert.Equal(CliApp.Cancelled, code);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
    }

    [Fact]
    public void Build_CancelledWhileRunning_LeavesEitherAllOutputsOrNone()
    {
        var outDir = Paths.NewTempDir();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var code = CliApp.Run(["build", "--customers", Path.Combine(Paths.DataSamples, "customers.csv"), "--out", outDir], new StringWriter(), new StringWriter(), FixedClock.Default, false, cts.Token);
        var entries = Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).ToArray();
        if (code == CliApp.Cancelled)
        {
            Assert.Empty(entries);
        }
        else
        {
            Assert.Equal(0, code);
            Assert.Contains("personas.json", entries);
        }
    }
}
