using System.Globalization;
using System.Text.RegularExpressions;
using Personas.Charts.Tests.TestSupport;
using Personas.Tests.TestSupport;

namespace Personas.Charts.Tests.Rendering;

/// <summary>The journey map of the sample data as headless Chromium draws it, measured in the SVG Plotly produces.</summary>
public sealed class JourneyMapRenderingTests
{
    private static readonly Regex Node = new("<g class=\"sankey-node\" transform=\"translate\\(([0-9.\\-]+),([0-9.\\-]+)\\)\"[^>]*><rect class=\"node-rect\" width=\"[0-9.]+\" height=\"([0-9.\\-e]+)\"", RegexOptions.Compiled);
    private static readonly Regex Link = new("<path class=\"sankey-link\" d=\"M([0-9.\\-]+),[0-9.\\-]+C[0-9.\\-]+,[0-9.\\-]+ [0-9.\\-]+,[0-9.\\-]+ ([0-9.\\-]+),", RegexOptions.Compiled);

    private static double D(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);

    [ChromiumFact]
    public void JourneyMap_Sample_DrawsColumnsOfReadableNodesWithEveryLinkForward()
    {
        var map = SampleJourneys.Map;
        // The chart as the report has it (all customers shown first), then each persona's map as its selector shows it.
        var charts = new List<Plotly.NET.GenericChart> { PersonaCharts.JourneyMap(map) };
        charts.AddRange(map.ByPersona.Select(p => PersonaCharts.JourneyMap([p.Key], [p.Value.StepMap])));
        var dir = Path.Combine(AppContext.BaseDirectory, "rendering");
        Directory.CreateDirectory(dir);
        var page = Path.Combine(dir, "journey-map.html");
        File.WriteAllText(page, ReportCharts.ToPage(charts, "Journey map"));

        var dom = HeadlessChromium.Run(page, "--dump-dom").Stdout;
        HeadlessChromium.Run(page, "--window-size=1200,5200", "--screenshot=" + Path.Combine(dir, "journey-map.png"));
        for (var i = 1; i <= charts.Count; i++)
        {
            var at = dom.IndexOf("id=\"personas-chart-" + i + "\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"chart {i} missing");
            var end = i < charts.Count ? dom.IndexOf("id=\"personas-chart-" + (i + 1) + "\"", StringComparison.Ordinal) : dom.Length;
            var svg = dom[at..end];
            var nodes = Node.Matches(svg).Select(m => (X: D(m.Groups[1]), Height: D(m.Groups[3]))).ToArray();
            var links = Link.Matches(svg).Select(m => (From: D(m.Groups[1]), To: D(m.Groups[2]))).ToArray();
            var name = i == 1 ? "all customers" : map.ByPersona.Keys.ElementAt(i - 2);
            Assert.True(nodes.Length >= 6, $"{name}: {nodes.Length} nodes drawn");
            Assert.True(nodes.Select(n => Math.Round(n.X)).Distinct().Count() >= 3, $"{name}: nodes in fewer than three columns");
            Assert.All(nodes, n => Assert.True(n.Height >= 6, $"{name}: a node {n.Height:0.0} px tall"));
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.True(l.To > l.From, $"{name}: a link drawn from x = {l.From:0} back to x = {l.To:0}"));
        }
    }

    [ChromiumFact]
    public void JourneysAndAttributionPages_DrawEveryChartOfflineWithoutErrors()
    {
        var map = SampleJourneys.Map;
        var names = map.ByPersona.Keys.ToDictionary(id => id, id => id.ToUpperInvariant());
        var dir = Path.Combine(AppContext.BaseDirectory, "rendering");
        Directory.CreateDirectory(dir);
        var journeys = Path.Combine(dir, "journeys.html");
        File.WriteAllText(journeys, ReportCharts.JourneysPage(map, names));
        var attribution = Path.Combine(dir, "attribution.html");
        File.WriteAllText(attribution, ReportCharts.AttributionPage(map.Overall.Attribution, "paths.csv"));
        foreach (var (page, charts) in new[] { (journeys, 4), (attribution, 1) })
        {
            var html = File.ReadAllText(page);
            Assert.Equal(charts, Regex.Matches(html, "<div class=\"personas-chart\">").Count);
            var run = HeadlessChromium.Run(page, "--dump-dom");
            for (var i = 1; i <= charts; i++)
            {
                var at = run.Stdout.IndexOf("id=\"personas-chart-" + i + "\"", StringComparison.Ordinal);
                var end = i < charts ? run.Stdout.IndexOf("id=\"personas-chart-" + (i + 1) + "\"", StringComparison.Ordinal) : run.Stdout.Length;
                Assert.True(at >= 0 && run.Stdout[at..end].Contains("main-svg", StringComparison.Ordinal), $"{Path.GetFileName(page)}: chart {i} not drawn");
            }

            Assert.DoesNotContain("Uncaught", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Content Security Policy", run.Stderr, StringComparison.Ordinal);
        }

        Assert.Contains("BUSY FAMILIES", File.ReadAllText(journeys), StringComparison.Ordinal);
        HeadlessChromium.Run(journeys, "--window-size=1200,9000", "--screenshot=" + Path.Combine(dir, "journeys.png"));
    }
}
