using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>
/// One exit-code policy for every command: a missing input and an unwritable output are exit 1 with a one-line message
/// naming the path; a malformed option is exit 2 naming the option; nothing prints a stack trace.
/// </summary>
public class ExitCodePolicyTests
{
    private static readonly string Customers = Path.Combine(Paths.DataSamples, "customers.csv");
    private static readonly string Events = Path.Combine(Paths.DataSamples, "touchpoints.csv");

    /// <summary>A path under a regular file: no folder can be created there, even by root.</summary>
    private static string Unwritable()
    {
        var file = Path.Combine(Paths.NewTempDir(), "a-file");
        File.WriteAllText(file, "not a folder");
        return Path.Combine(file, "out");
    }

    private static string ModelFile()
    {
        var dir = Paths.NewTempDir();
        var model = Path.Combine(dir, "model.persona.json");
        File.WriteAllText(model, Personas.Tests.Model.ModelTestData.Build().Model.ToJson());
        return model;
    }

    private static string Notebook()
    {
        var path = Path.Combine(Paths.NewTempDir(), "n.ipynb");
        File.WriteAllText(path, """{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        return path;
    }

    private static string PathsFile()
    {
        var path = Path.Combine(Paths.NewTempDir(), "paths.csv");
        File.WriteAllText(path, "path,total_conversions,total_null\nA > B,2,1\nB,1,3\n");
        return path;
    }

    public static TheoryData<string, string[]> MissingInputs() => new()
    {
        { "missing.csv", ["build", "--customers", "/nonexistent/missing.csv", "--out", Paths.NewTempDir()] },
        { "missing.csv", ["build", "--transactions", "/nonexistent/missing.csv", "--customer-column", "c", "--date-column", "d", "--amount-column", "a", "--out", Paths.NewTempDir()] },
        { "missing-events.csv", ["build", "--customers", Customers, "--events", "missing-events.csv", "--out", Paths.NewTempDir()] },
        { "missing.json", ["build", "--customers", Customers, "--vocabulary", "missing.json", "--out", Paths.NewTempDir()] },
        { "names.json", ["build", "--customers", Customers, "--overrides", "/nonexistent/names.json", "--out", Paths.NewTempDir()] },
        { "missing.json", ["assign", "--model", "missing.json", "--customers", Customers, "--out", Path.Combine(Paths.NewTempDir(), "a.csv")] },
        { "missing.csv", ["assign", "--model", ModelFile(), "--customers", "missing.csv", "--out", Path.Combine(Paths.NewTempDir(), "a.csv")] },
        { "missing.json", ["refresh", "--previous", "missing.json", "--customers", Customers, "--out", Paths.NewTempDir()] },
        { "missing.csv", ["refresh", "--previous", ModelFile(), "--customers", "missing.csv", "--out", Paths.NewTempDir()] },
        { "missing.csv", ["journeys", "--events", "missing.csv", "--out", Paths.NewTempDir()] },
        { "missing-a.csv", ["journeys", "--events", Events, "--assignments", "missing-a.csv", "--out", Paths.NewTempDir()] },
        { "stages.json", ["journeys", "--events", Events, "--stages", "/nonexistent/stages.json", "--out", Paths.NewTempDir()] },
        { "missing.csv", ["attribution", "--paths", "missing.csv", "--out", Path.Combine(Paths.NewTempDir(), "a.json")] },
        { "missing.ipynb", ["notebook", "run", "missing.ipynb", "--out", Path.Combine(Paths.NewTempDir(), "o.ipynb")] },
        { "missing.json", ["sql", "--model", "missing.json", "--dialect", "duckdb", "--table", "t"] },
    };

    [Theory]
    [MemberData(nameof(MissingInputs))]
    public void MissingInput_ExitsOneNamingThePath_WithoutStackTrace(string named, string[] args)
    {
        var (code, _, stderr) = BuildCommandTests.Run(args);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        AssertOneCleanMessage(stderr);
    }

    public static TheoryData<string[]> UnwritableOutputs() => new()
    {
        { ["build", "--customers", Customers, "--out", Unwritable()] },
        { ["assign", "--model", ModelFile(), "--customers", Customers, "--out", Path.Combine(Unwritable(), "a.csv")] },
        { ["refresh", "--previous", ModelFile(), "--customers", Customers, "--out", Unwritable()] },
        { ["journeys", "--events", Events, "--out", Unwritable()] },
        { ["attribution", "--paths", PathsFile(), "--out", Path.Combine(Unwritable(), "a.json")] },
        { ["notebook", "run", Notebook(), "--out", Path.Combine(Unwritable(), "o.ipynb")] },
        { ["sample", "--customers", "200", "--out", Unwritable()] },
        { ["sql", "--model", ModelFile(), "--dialect", "postgres", "--table", "t", "--out", Path.Combine(Unwritable(), "a.sql")] },
    };

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void UnwritableOutput_ExitsOneNamingThePath_BeforeAnyWork(string[] args)
    {
        var (code, stdout, stderr) = BuildCommandTests.Run(args);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("a-file", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", stderr, StringComparison.Ordinal); // failed before reading or computing
        Assert.Empty(stdout);
        AssertOneCleanMessage(stderr);
    }

    public static TheoryData<string, string[]> MalformedOptions() => new()
    {
        { "--k", ["build", "--customers", Customers, "--k", "many", "--out", Paths.NewTempDir()] },
        { "--threads", ["assign", "--model", ModelFile(), "--customers", Customers, "--threads", "x", "--out", "a.csv"] },
        { "--seed", ["refresh", "--previous", ModelFile(), "--customers", Customers, "--seed", "1.5", "--out", Paths.NewTempDir()] },
        { "--max-variants", ["journeys", "--events", Events, "--max-variants", "lots", "--out", Paths.NewTempDir()] },
        { "--order", ["attribution", "--paths", PathsFile(), "--order", "first", "--out", "a.json"] },
        { "--timeout", ["notebook", "run", Notebook(), "--timeout", "soon", "--out", "o.ipynb"] },
        { "--quarter", ["sample", "--quarter", "next", "--out", Paths.NewTempDir()] },
        { "fish", ["completion", "fish"] },
        { "--dialect", ["sql", "--model", ModelFile(), "--dialect", "oracle", "--table", "t"] },
        { "--table", ["sql", "--model", ModelFile(), "--dialect", "duckdb", "--table", "crm..customers"] },
    };

    [Theory]
    [MemberData(nameof(MalformedOptions))]
    public void MalformedOption_ExitsTwoNamingTheOption_WithoutStackTrace(string option, string[] args)
    {
        var (code, _, stderr) = BuildCommandTests.Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StrayPositionalArgument_IsAUsageError()
    {
        var (code, _, stderr) = BuildCommandTests.Run("build", "extra", "--customers", Customers, "--out", Paths.NewTempDir());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'extra'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NotebookGroupWithoutSubcommand_IsAUsageError_AndItsHelpWorks()
    {
        Assert.Equal(ExitCodes.Usage, BuildCommandTests.Run("notebook").Code);
        Assert.Equal(ExitCodes.Ok, BuildCommandTests.Run("notebook", "--help").Code);
    }

    private static void AssertOneCleanMessage(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("error:", StringComparison.Ordinal));
    }
}
