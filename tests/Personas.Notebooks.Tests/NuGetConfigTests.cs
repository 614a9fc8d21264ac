using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

/// <summary>Package sources named by a NuGet.config beside (or above) the notebook.</summary>
public sealed class NuGetConfigTests
{
    [Fact]
    public async Task Run_NuGetConfigLocalFolder_IsASource_AndRemoteFeedsAreNamedWhenAPackageIsMissing()
    {
        var root = TestFiles.NewScratchFolder();
        TestPackages.WritePackage(Path.Combine(root, "feed"), "Configured", "1.0.0", TestPackages.CompileLibrary("Configured", "public static class Configured { public static string Hi => \"from the configured folder\"; }"));
        File.WriteAllText(Path.Combine(root, "NuGet.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="team" value="feed" />
                <add key="remote" value="https://packages.example.invalid/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        var notebooks = Path.Combine(root, "notebooks");
        Directory.CreateDirectory(notebooks);
        var path = UnsupportedTests.Write(notebooks, "configured.ipynb", "#r \"nuget: Configured\"\nConfigured.Hi", "#r \"nuget: NotThere\"");

        var result = await NotebookRunner.RunAsync(path);

        Assert.Equal("from the configured folder", result.Executed.Cells[0].Outputs.Single().Data["text/plain"]);
        Assert.Equal(1, result.FailedCellIndex);
        Assert.Contains("package 'NotThere' was not found", result.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "feed"), result.Error, StringComparison.Ordinal);
        Assert.Contains("NuGet.config also names https://packages.example.invalid/v3/index.json", result.Error, StringComparison.Ordinal);
    }
}
