using System.IO.Compression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Personas.Notebooks.Tests.TestSupport;

/// <summary>Builds tiny libraries and .nupkg files for package-reference tests (compiled with Roslyn, zipped as NuGet lays them out).</summary>
internal static class TestPackages
{
    public static byte[] CompileLibrary(string assemblyName, string code, params string[] referencePaths) =>
        CompileLibrary(assemblyName, code, [], referencePaths);

    public static byte[] CompileLibrary(string assemblyName, string code, IEnumerable<(string Name, byte[] Content)> resources, params string[] referencePaths)
    {
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new[] { "System.Runtime.dll", "System.Private.CoreLib.dll", "netstandard.dll" }
            .Select(f => Path.Combine(frameworkDir, f)).Where(File.Exists).Concat(referencePaths)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(code)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, manifestResources: resources.Select(r => new ResourceDescription(r.Name, () => new MemoryStream(r.Content), isPublic: true)));
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        }

        return stream.ToArray();
    }

    public static void WritePackage(string folder, string id, string version, byte[] assembly, params (string Id, string Version)[] dependencies)
    {
        Directory.CreateDirectory(folder);
        var deps = string.Concat(dependencies.Select(d => $"<dependency id=\"{d.Id}\" version=\"{d.Version}\" exclude=\"Build,Analyzers\" />"));
        var nuspec = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>{version}</version>
                <authors>tests</authors>
                <description>test package</description>
                <dependencies><group targetFramework="net10.0">{deps}</group><group targetFramework=".NETStandard2.0"><dependency id="DoesNotExist" version="1.0.0" /></group></dependencies>
              </metadata>
            </package>
            """;
        using var zip = ZipFile.Open(Path.Combine(folder, $"{id}.{version}.nupkg"), ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open()))
        {
            writer.Write(nuspec);
        }

        using (var dll = zip.CreateEntry($"lib/net10.0/{id}.dll").Open())
        {
            dll.Write(assembly);
        }

        using (var other = zip.CreateEntry("lib/net472/Wrong.dll").Open())
        {
            other.Write([1, 2, 3]);
        }

        using var escape = new StreamWriter(zip.CreateEntry("lib/../../escaped.txt").Open());
        escape.Write("zip slip");
    }
}
