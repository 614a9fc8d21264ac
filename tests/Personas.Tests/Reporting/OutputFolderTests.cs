using Personas.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

/// <summary>An output folder is replaced all at once, holds exactly one run's files, is locked while written, and never loses files Personas did not write.</summary>
public class OutputFolderTests
{
    private static string[] Entries(string dir) => [.. Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static void Write(string path, params string[] files)
    {
        using var folder = OutputFolder.Open(path, "build");
        foreach (var f in files)
        {
            folder.WriteText(f, f + " of this run");
        }

        folder.Commit();
    }

    [Fact]
    public void Commit_NewFolder_HoldsTheFilesAndAManifest_AndLeavesNothingBeside()
    {
        var parent = Paths.NewTempDir();
        var path = Path.Combine(parent, "out");
        Write(path, "a.json", "b.csv");
        Assert.Equal([".personas-output", "a.json", "b.csv"], Entries(path));
        Assert.Equal(["out"], Entries(parent)); // no staging folder, no lock file
        Assert.Contains("writer=build", File.ReadAllText(Path.Combine(path, ".personas-output")), StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_ExistingFolder_IsReplacedAsAWhole_SoNoOldFileRemains()
    {
        var path = Path.Combine(Paths.NewTempDir(), "out");
        Write(path, "personas.json", "journeys.json");
        Write(path, "personas.json");
        Assert.Equal([".personas-output", "personas.json"], Entries(path));
        Assert.Equal("personas.json of this run", File.ReadAllText(Path.Combine(path, "personas.json")));
    }

    [Fact]
    public void Dispose_WithoutCommit_KeepsThePreviousOutputsAndRemovesTheStaging()
    {
        var parent = Paths.NewTempDir();
        var path = Path.Combine(parent, "out");
        Write(path, "personas.json");
        var before = File.ReadAllText(Path.Combine(path, "personas.json"));
        using (var folder = OutputFolder.Open(path, "build"))
        {
            folder.WriteText("personas.json", "half-written");
            Assert.True(Directory.Exists(folder.StagingPath));
        }

        Assert.Equal(before, File.ReadAllText(Path.Combine(path, "personas.json")));
        Assert.Equal(["out"], Entries(parent));
    }

    [Fact]
    public void Open_WhileAnotherRunHoldsTheFolder_FailsFastNamingTheLock()
    {
        var path = Path.Combine(Paths.NewTempDir(), "out");
        using var first = OutputFolder.Open(path, "build");
        var e = Assert.Throws<IOException>(() => OutputFolder.Open(path, "build"));
        Assert.Contains("another personas run", e.Message, StringComparison.Ordinal);
        Assert.Contains(".out.personas-lock", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderWithForeignFiles_IsRefusedAndUntouched()
    {
        var path = Path.Combine(Paths.NewTempDir(), "out");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "my-notes.txt"), "mine");
        var e = Assert.Throws<IOException>(() => OutputFolder.Open(path, "build"));
        Assert.Contains("'my-notes.txt', which personas did not write", e.Message, StringComparison.Ordinal);
        Assert.Equal(["my-notes.txt"], Entries(path));
    }

    [Fact]
    public void Open_FolderOfAnotherCommand_IsRefused()
    {
        var path = Path.Combine(Paths.NewTempDir(), "out");
        Write(path, "personas.json");
        var e = Assert.Throws<IOException>(() => OutputFolder.Open(path, "journeys"));
        Assert.Contains("holds the outputs of 'personas build'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderOfAnEarlierVersionWithKnownFilesOnly_IsReplaced()
    {
        var path = Path.Combine(Paths.NewTempDir(), "out");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "cards.md"), "old");
        File.WriteAllText(Path.Combine(path, "journeys.json"), "old");
        Write(path, "cards.md");
        Assert.Equal([".personas-output", "cards.md"], Entries(path));
    }

    [Fact]
    public void Open_AfterAKilledRun_RemovesItsStagingFolder()
    {
        var parent = Paths.NewTempDir();
        var path = Path.Combine(parent, "out");
        Write(path, "personas.json");
        var leftover = Directory.CreateDirectory(Path.Combine(parent, ".out.personas-staging-deadbeef")).FullName;
        File.WriteAllText(Path.Combine(leftover, "assignments.csv"), "customer ids");
        Write(path, "personas.json");
        Assert.Equal(["out"], Entries(parent));
    }

    [Fact]
    public void Open_AfterARunKilledBetweenTheRenames_RestoresThePreviousFolder()
    {
        var parent = Paths.NewTempDir();
        var path = Path.Combine(parent, "out");
        Write(path, "personas.json");
        Directory.Move(path, Path.Combine(parent, ".out.personas-previous-0123"));
        using (OutputFolder.Open(path, "build"))
        {
            Assert.True(File.Exists(Path.Combine(path, "personas.json")));
        }

        Assert.Equal(["out"], Entries(parent));
    }

    [Fact]
    public void Open_PathThatIsAFile_IsRefused()
    {
        var file = Path.Combine(Paths.NewTempDir(), "out");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<IOException>(() => OutputFolder.Open(file, "build"));
        Assert.Contains("expected a folder for the outputs, found a file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathFor_RejectsNamesThatLeaveTheFolder()
    {
        using var folder = OutputFolder.Open(Path.Combine(Paths.NewTempDir(), "out"), "build");
        Assert.Throws<ArgumentException>(() => folder.PathFor("../escape.txt"));
        Assert.Throws<ArgumentException>(() => folder.PathFor(OutputFolder.ManifestName));
    }
}
