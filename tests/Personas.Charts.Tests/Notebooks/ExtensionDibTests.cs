using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;
using Personas.Charts.Tests.TestSupport;
using Personas.Tests.TestSupport;

namespace Personas.Charts.Tests.Notebooks;

[Collection(Charts.ChartDisplaySession.Name)]
public sealed class ExtensionDibTests
{
    private static string DibPath => Path.Combine(Paths.RepoRoot, "src", "Personas.Charts", "interactive-extensions", "dotnet", "extension.dib");

    [Fact]
    public async Task ExtensionDib_RunLikeAKernel_RegistersAnOfflineGenericChartFormatter()
    {
        // A .dib file is a sequence of "#!kernel" sections; a .NET kernel runs the C# ones in order.
        var cells = Regex.Split(File.ReadAllText(DibPath), "^#!", RegexOptions.Multiline)
            .Where(c => c.StartsWith("csharp", StringComparison.Ordinal))
            .Select(c => c["csharp".Length..])
            .ToArray();
        Assert.NotEmpty(cells);
        var options = ScriptOptions.Default.AddReferences(
            typeof(Formatter).Assembly, typeof(Plotly.NET.GenericChart).Assembly, typeof(ChartDisplay).Assembly, Assembly.Load("FSharp.Core"));
        foreach (var cell in cells)
        {
            await CSharpScript.RunAsync(cell, options);
        }

        try
        {
            ChartDisplay.ResetSession();
            var html = PersonaCharts.ChoosingK(SampleData.Candidates, 3).ToDisplayString("text/html");

            Assert.Contains("plotly.js v2.28.0", html, StringComparison.Ordinal);
            Assert.Contains("personas-nb-chart-1", html, StringComparison.Ordinal);
            Assert.DoesNotContain("cdn.plot.ly", ChartJson.WithoutPlotlyJs(html), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Formatter.ResetToDefault();
            ChartDisplay.ResetSession();
        }
    }

    [Fact]
    public void Package_CarriesTheExtensionAtTheKernelPath()
    {
        var project = File.ReadAllText(Path.Combine(Paths.RepoRoot, "src", "Personas.Charts", "Personas.Charts.csproj"));
        Assert.Contains("PackagePath=\"interactive-extensions/dotnet/\"", project, StringComparison.Ordinal);
        Assert.True(File.Exists(DibPath));
    }
}
