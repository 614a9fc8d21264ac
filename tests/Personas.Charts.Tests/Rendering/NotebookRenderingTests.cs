using Personas.Charts.Tests.TestSupport;
using Personas.Tests.TestSupport;

namespace Personas.Charts.Tests.Rendering;

[Collection(Charts.ChartDisplaySession.Name)]
public sealed class NotebookRenderingTests
{
    [ChromiumFact]
    public void NotebookOutputs_DrawEveryChartOffline_EvenUnderRequireJs()
    {
        ChartDisplay.ResetSession();
        var first = ChartDisplay.ToNotebookHtml(PersonaCharts.ChoosingK(SampleData.Candidates, 3));
        var second = ChartDisplay.ToNotebookHtml(PersonaCharts.SizesAndValueShares(SampleData.Names, [1, 2, 3]));
        ChartDisplay.ResetSession();

        // Classic Jupyter loads RequireJS: a UMD bundle would register with it and leave no global Plotly.
        var page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>window.define = function () { throw new Error('AMD define called'); }; window.define.amd = {};</script></head><body>"
            + "<div class=\"output\">" + first + "</div><div class=\"output\">" + second + "</div></body></html>";
        var dir = Path.Combine(AppContext.BaseDirectory, "rendering");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "notebook-outputs.html");
        File.WriteAllText(path, page);

        var result = HeadlessChromium.Run(path, "--dump-dom");

        var one = result.Stdout.IndexOf("id=\"personas-nb-chart-1\"", StringComparison.Ordinal);
        var two = result.Stdout.IndexOf("id=\"personas-nb-chart-2\"", StringComparison.Ordinal);
        Assert.True(one >= 0 && two > one, "chart divs missing");
        Assert.Contains("main-svg", result.Stdout[one..two], StringComparison.Ordinal);
        Assert.Contains("main-svg", result.Stdout[two..], StringComparison.Ordinal);
        Assert.DoesNotContain("Uncaught", result.Stderr, StringComparison.Ordinal);
    }
}
