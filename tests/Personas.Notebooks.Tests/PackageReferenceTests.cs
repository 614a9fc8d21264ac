using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

/// <summary>
/// A notebook that references packages the way the project's notebooks do: <c>#i "nuget: ./packages"</c>, then
/// <c>#r "nuget: Greeter"</c> (highest version; its dependency GreeterCore comes from the same folder, its dependency
/// System.Collections.Immutable is pruned because the shared framework has it), and a plain
/// <c>#r "lib/Shout.dll"</c>. Runs once for the class.
/// </summary>
public sealed class PackageNotebookFixture
{
    public PackageNotebookFixture()
    {
        Folder = TestFiles.NewScratchFolder();
        var packages = Path.Combine(Folder, "packages");
        var core = TestPackages.CompileLibrary("GreeterCore", "public static class GreeterCore { public static string Prefix => \"Hello, \"; }");
        var corePath = Path.Combine(Folder, "GreeterCore.dll");
        File.WriteAllBytes(corePath, core);
        TestPackages.WritePackage(packages, "GreeterCore", "2.0.0", core);
        foreach (var version in new[] { "1.0.0", "1.1.0" })
        {
            var greeter = TestPackages.CompileLibrary("Greeter", $"public static class Greeter {{ public static string Hello(string name) => GreeterCore.Prefix + name + \" (v{version})\"; }}", corePath);
            TestPackages.WritePackage(packages, "Greeter", version, greeter, ("GreeterCore", "[1.5.0, )"), ("System.Collections.Immutable", "99.0.0"));
        }

        Directory.CreateDirectory(Path.Combine(Folder, "lib"));
        File.WriteAllBytes(Path.Combine(Folder, "lib", "Shout.dll"), TestPackages.CompileLibrary("Shout", "public static class Shout { public static string Loud(string s) => s.ToUpperInvariant() + \"!\"; }"));
        var path = UnsupportedTests.Write(
            Folder,
            "packages.ipynb",
            "#i \"nuget: ./packages\"\n#r \"nuget: Greeter\"\n#r \"lib/Shout.dll\"",
            "Greeter.Hello(Shout.Loud(\"ann\"))",
            "#r \"nuget: Farewell, 9.9.9\"");
        Result = NotebookRunner.RunAsync(path).GetAwaiter().GetResult();
    }

    public string Folder { get; }

    public NotebookRunResult Result { get; }
}

public sealed class PackageReferenceTests(PackageNotebookFixture fixture) : IClassFixture<PackageNotebookFixture>
{
    [Fact]
    public void Run_NuGetReference_ResolvesHighestVersionAndDependency_AndDllReference()
    {
        var output = Assert.Single(fixture.Result.Executed.Cells[1].Outputs);
        Assert.Equal("Hello, ANN! (v1.1.0)", output.Data["text/plain"]);
    }

    [Fact]
    public void Run_MissingPackageVersion_FailsNamingCellAndPackage()
    {
        Assert.Equal(2, fixture.Result.FailedCellIndex);
        Assert.StartsWith("cell 3 (In [3]): package 'Farewell' version 9.9.9 was not found; searched ", fixture.Result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ExtractsOnlyLibFolder_NeverOutsideTheCache()
    {
        var cache = TestFiles.NewScratchFolder();
        var resolver = new PackageResolver(Path.Combine(cache, "cache"));
        resolver.AddSource(Path.Combine(fixture.Folder, "packages"));

        var files = resolver.Resolve("Greeter", "1.0.0");

        Assert.Equal(["Greeter.dll", "GreeterCore.dll"], files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.StartsWith(Path.Combine(cache, "cache"), f, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(cache, "escaped.txt", SearchOption.AllDirectories));
        Assert.Empty(resolver.Resolve("Greeter", null));
        var conflict = Assert.Throws<NotebookPackageException>(() => resolver.Resolve("Greeter", "1.1.0"));
        Assert.Equal("package 'Greeter' 1.0.0 is already referenced; version 1.1.0 cannot be added in the same run", conflict.Message);
    }

    [Fact]
    public void Resolve_UnknownPackage_SaysWhereItLooked()
    {
        var resolver = new PackageResolver(Path.Combine(TestFiles.NewScratchFolder(), "cache"));
        resolver.AddSource(Path.Combine(fixture.Folder, "packages"));

        var e = Assert.Throws<NotebookPackageException>(() => resolver.Resolve("Nope", null));

        Assert.Contains("package 'Nope' was not found; searched " + Path.Combine(fixture.Folder, "packages"), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0.0", "1.0.0-beta", 1)]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("2.0", "2.0.0", 0)]
    [InlineData("1.0.0-alpha", "1.0.0-beta", -1)]
    public void PackageVersion_OrdersAsNuGet(string a, string b, int sign)
    {
        Assert.Equal(sign, Math.Sign(PackageVersion.TryParse(a)!.CompareTo(PackageVersion.TryParse(b))));
    }

    [Theory]
    [InlineData("net10.0", true)]
    [InlineData("netstandard2.0", true)]
    [InlineData(".NETStandard2.1", true)]
    [InlineData("net472", false)]
    [InlineData("net10.0-windows", false)]
    [InlineData("net11.0", false)]
    public void TargetFrameworks_AcceptOnlyWhatNet10CanLoad(string framework, bool usable)
    {
        Assert.Equal(usable, TargetFrameworks.Rank(framework) > 0);
    }
}
