using System.Reflection;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

/// <summary>
/// The public API files (checked by PublicApiAnalyzers at build time) list every public type of the library and none of
/// the types that exist only for the command line.
/// </summary>
public class PublicApiFilesTests
{
    private static readonly string[] CommandLineOnly = ["BuildCsv", "SafeText", "BuildRunInfo", "PersonasDocument", "JourneyJson", "PersonaJson", "FrozenClock", "OutputJsonContext"];

    private static string[] ApiLines(string project) =>
        new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(Paths.RepoRoot, "src", project, f)))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();

    [Theory]
    [InlineData("Personas")]
    [InlineData("Personas.Charts")]
    [InlineData("Personas.Notebooks")]
    [InlineData("Personas.Kernel")]
    public void ApiFiles_ExistAndNameNoCommandLineOnlyType(string project)
    {
        var lines = ApiLines(project);
        Assert.NotEmpty(lines);
        foreach (var name in CommandLineOnly)
        {
            Assert.DoesNotContain(lines, l => l.Contains("." + name + ".", StringComparison.Ordinal) || l.EndsWith("." + name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryPublicTypeOfTheLibrary_IsListed()
    {
        var lines = ApiLines("Personas").ToHashSet(StringComparer.Ordinal);
        var types = typeof(PersonaBuilder).Assembly.GetExportedTypes().Where(t => !t.IsNested || t.DeclaringType!.IsPublic);
        var missing = types
            .Select(t => t.FullName!.Replace('+', '.'))
            .Select(n => n.Contains('`', StringComparison.Ordinal) ? n[..n.IndexOf('`', StringComparison.Ordinal)] : n)
            .Where(n => !lines.Any(l => l == n || l.StartsWith(n + "<", StringComparison.Ordinal) || l.StartsWith(n + " ", StringComparison.Ordinal) || l.StartsWith(n + ".", StringComparison.Ordinal) || l.Contains(" " + n + ".", StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "public types missing from PublicAPI files: " + string.Join(", ", missing));
        Assert.DoesNotContain(typeof(PersonaBuilder).Assembly.GetExportedTypes(), t => CommandLineOnly.Contains(t.Name));
    }
}
