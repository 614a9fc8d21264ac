using System.Diagnostics;
using Personas.Cli;
using Personas.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>The output set is exactly what a run wrote; runs into one place exclude each other; every exit path cleans up.</summary>
public class OutputSetTests
{
    private static readonly string Customers = Path.Combine(Paths.DataSamples, "customers.csv");
    private static readonly string Events = Path.Combine(Paths.DataSamples, "touchpoints.csv");

    [Fact]
    public void BuildWithoutEvents_AfterABuildWithEvents_LeavesNoOldJourneysFile()
    {
        var outDir = Path.Combine(Paths.NewTempDir(), "out");
        var input = BuildCommandTests.TwoGroupCsv();
        var events = Path.Combine(Paths.NewTempDir(), "events.csv");
        File.WriteAllLines(events, ["customer_id,timestamp,touchpoint", "C000,2025-01-01T10:00:00Z,web", "C001,2025-01-02T10:00:00Z,store"]);
        Assert.Equal(0, BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--events", events, "--out", outDir).Code);
        Assert.True(File.Exists(Path.Combine(outDir, "journeys.json")));
        Assert.Equal(0, BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--out", outDir).Code);
        Assert.False(File.Exists(Path.Combine(outDir, "journeys.json")));
    }

    [Fact]
    public void Assign_WritesItsExclusionsFileEveryTime_SoNoOldOneRemains()
    {
        var dir = Paths.NewTempDir();
        var model = Path.Combine(dir, "model");
        var input = BuildCommandTests.TwoGroupCsv();
        Assert.Equal(0, BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--out", model).Code);
        var withBadRow = Path.Combine(dir, "bad.csv");
        File.WriteAllText(withBadRow, File.ReadAllText(input) + "C999,lots,3,gold\n");
        var outFile = Path.Combine(dir, "a.csv");
        Assert.Equal(0, BuildCommandTests.Run("assign", "--model", Path.Combine(model, "model.persona.json"), "--customers", withBadRow, "--out", outFile).Code);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(dir, "a.exclusions.csv")).Length);
        Assert.Equal(0, BuildCommandTests.Run("assign", "--model", Path.Combine(model, "model.persona.json"), "--customers", input, "--out", outFile).Code);
        Assert.Equal(["line,customer_id,reason"], File.ReadAllLines(Path.Combine(dir, "a.exclusions.csv")));
    }

    [Fact]
    public void BuildAndAssign_WriteTheSameAssignmentColumns()
    {
        var dir = Paths.NewTempDir();
        var input = BuildCommandTests.TwoGroupCsv();
        Assert.Equal(0, BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--out", Path.Combine(dir, "b")).Code);
        Assert.Equal(0, BuildCommandTests.Run("assign", "--model", Path.Combine(dir, "b", "model.persona.json"), "--customers", input, "--out", Path.Combine(dir, "a.csv")).Code);
        var built = File.ReadAllLines(Path.Combine(dir, "b", "assignments.csv"));
        var assigned = File.ReadAllLines(Path.Combine(dir, "a.csv"));
        Assert.Equal("customer_id,persona_id,persona_name,distance,confidence,is_outlier", built[0]);
        Assert.Equal(built, assigned);
    }

    [Fact]
    public void SecondRunIntoALockedFolder_FailsFastNamingTheLock()
    {
        var outDir = Path.Combine(Paths.NewTempDir(), "out");
        using var first = OutputFolder.Open(outDir, "build");
        var (code, _, stderr) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), "--out", outDir);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("another personas run is writing this folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OutFolderWithForeignFiles_IsRefusedBeforeAnyWork()
    {
        var outDir = Paths.NewTempDir();
        File.WriteAllText(Path.Combine(outDir, "thesis.docx"), "precious");
        var (code, _, stderr) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), "--out", outDir);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("thesis.docx", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "thesis.docx")));
    }

    [Theory]
    [InlineData("read")]
    [InlineData("features")]
    [InlineData("fit k=")]
    [InlineData("stability k=")]
    [InlineData("profiling")]
    [InlineData("journeys")]
    [InlineData("writing")]
    public void CancelInAnyStage_Exits130_WithNoOutputsAndNoStaging(string stage)
    {
        var parent = Paths.NewTempDir();
        var outDir = Path.Combine(parent, "out");
        using var cts = new CancellationTokenSource();
        var stderr = new CancelOnStage(stage, cts);
        var code = CliApp.Run(["build", "--customers", Customers, "--events", Events, "--k-max", "3", "--out", outDir], new StringWriter(), stderr, FixedClock.Default, interactive: false, cts.Token);
        Assert.True(stderr.Seen, $"stage '{stage}' was never reported");
        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
        Assert.DoesNotContain("progress: " + NextStage(stage), stderr.AfterCancel, StringComparison.Ordinal);
    }

    private static string NextStage(string stage) => stage switch
    {
        "read" => "features",
        "features" => "fit k=",
        "profiling" => "journeys",
        "journeys" => "writing",
        _ => "writing personas.json",
    };

    [Fact]
    public async Task Sigterm_CancelsTheProcess_Exits130_AndRemovesTheStaging()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Personas.Cli.dll");
        var parent = Paths.NewTempDir();
        var outDir = Path.Combine(parent, "out");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "build", "--customers", Customers, "--events", Events, "--out", outDir })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var seen = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("progress: fit", StringComparison.Ordinal) == true)
            {
                seen.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        await seen.Task.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(Directory.EnumerateDirectories(parent, ".out.personas-staging-*").Any(), "the staging folder should exist while the build runs");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        Assert.Equal(ExitCodes.Cancelled, process.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
    }

    /// <summary>Standard error that cancels the run when a progress line of the given stage appears, and records what comes after.</summary>
    private sealed class CancelOnStage(string stage, CancellationTokenSource cts) : StringWriter
    {
        private readonly System.Text.StringBuilder _after = new();

        public bool Seen { get; private set; }

        public string AfterCancel => _after.ToString();

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (Seen)
            {
                _after.AppendLine(value);
            }
            else if (value?.StartsWith("progress: " + stage, StringComparison.Ordinal) == true)
            {
                Seen = true;
                cts.Cancel();
            }
        }
    }
}
