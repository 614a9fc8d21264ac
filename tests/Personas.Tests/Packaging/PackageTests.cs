using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Packaging;

/// <summary>Packs the library and the tool with 'dotnet pack' and inspects what a user would download.</summary>
[Collection(PackedPackages.Collection)]
public class PackageTests
{
    private static Lazy<string> PackedFolder => PackedPackages.Folder;

    internal static void Pack(string project, string outDir)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var psi = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = Paths.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "pack", project, "-c", "Release", "-o", outDir, "-p:NuGetAudit=false", "--nologo" })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"dotnet pack {project} failed:\n{stdout.Result}\n{stderr.Result}");
    }

    private static XDocument Nuspec(ZipArchive zip, string name)
    {
        using var s = zip.GetEntry(name + ".nuspec")!.Open();
        return XDocument.Load(s);
    }

    [Fact]
    public void Pack_Library_HasReadmeLicenceDocsSymbolsAndOnlyCoreDependencies()
    {
        var nupkg = Directory.GetFiles(PackedFolder.Value, "Personas.*.nupkg").Single(f => Path.GetFileName(f).StartsWith("Personas.0", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/Personas.dll", entries);
        Assert.Contains("lib/net10.0/Personas.xml", entries);

        var nuspec = Nuspec(zip, "Personas");
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("Personas", metadata.Element(ns + "id")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        var deps = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.Contains("Microsoft.ML", deps);
        Assert.Contains("MathNet.Numerics", deps);
        Assert.DoesNotContain(deps, d => d.StartsWith("Plotly", StringComparison.Ordinal) || d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || d.StartsWith("FSharp", StringComparison.Ordinal));

        var snupkg = Path.ChangeExtension(nupkg, ".snupkg");
        Assert.True(File.Exists(snupkg), "symbols package missing");
        using var symbols = ZipFile.OpenRead(snupkg);
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/Personas.pdb");
    }

    [Fact]
    public void Pack_Charts_CarriesTheNotebookExtensionAndDependsOnPlotly()
    {
        var nupkg = Directory.GetFiles(PackedFolder.Value, "Personas.Charts.*.nupkg").Single();
        using var zip = ZipFile.OpenRead(nupkg);
        Assert.Contains(zip.Entries, e => e.FullName == "interactive-extensions/dotnet/extension.dib");
        Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Personas.Charts.dll");
        var ns = Nuspec(zip, "Personas.Charts").Root!.Name.Namespace;
        var deps = Nuspec(zip, "Personas.Charts").Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.Contains("Personas", deps);
        Assert.Contains("Plotly.NET", deps);
    }

    [Fact]
    public void Pack_Cli_IsADotnetToolNamedPersonas()
    {
        var nupkg = Directory.GetFiles(PackedFolder.Value, "Personas.Cli.*.nupkg").Single();
        using var zip = ZipFile.OpenRead(nupkg);
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var s = settings.Open();
        var doc = XDocument.Load(s);
        Assert.Equal("personas", doc.Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/Personas.dll", StringComparison.Ordinal));

        // 'personas kernel run' serves Jupyter from the tool itself: the kernel and its ZeroMQ port travel with it.
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/Personas.Kernel.dll", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/NetMQ.dll", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/Personas.Charts.dll", StringComparison.Ordinal));
    }
}

/// <summary>
/// The packages a user gets from <c>dotnet pack</c>, packed once per test run into a temporary folder. Tests that pack
/// share one collection so that two Release builds of the same project never run at the same time.
/// </summary>
public static class PackedPackages
{
    public const string Collection = "dotnet pack";

    public static readonly Lazy<string> Folder = new(() =>
    {
        var outDir = Paths.NewTempDir();
        PackageTests.Pack("src/Personas/Personas.csproj", outDir);
        PackageTests.Pack("src/Personas.Charts/Personas.Charts.csproj", outDir);
        PackageTests.Pack("src/Personas.Cli/Personas.Cli.csproj", outDir);
        return outDir;
    });
}

[CollectionDefinition(PackedPackages.Collection)]
public sealed class PackedPackagesCollection;
