using Personas.Journeys;
using Personas.Journeys.Attribution;
using Personas.Reporting;
using Personas.Tests.Reporting;

namespace Personas.Tests.Journeys;

public class JourneyReportTests
{
    private static readonly Dictionary<string, string> Names = new() { ["P1"] = "Premium | <researchers>", ["P2"] = "Deciders" };

    [Fact]
    public void ToMarkdown_StatesTheCountingRulesAndNamesPersonas()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, null, personas);
        var md = JourneyReport.ToMarkdown(map, Names);
        Assert.StartsWith("# Journeys\n\n80 journeys of 80 customers in events; 63% end in a purchase.", md, StringComparison.Ordinal);
        Assert.Contains("How journeys are counted: purchase journeys", md, StringComparison.Ordinal);
        Assert.Contains("Stage funnel: customers by the furthest stage", md, StringComparison.Ordinal);
        Assert.Contains("Attribution: conversion paths are the touches", md, StringComparison.Ordinal);
        Assert.Contains("## Premium \\| \\<researchers\\> (P1)", md, StringComparison.Ordinal);
        Assert.Contains("- Premium \\| \\<researchers\\> drop off at comparison sites", md, StringComparison.Ordinal);
        // The stage funnel table: P1 40 customers reach information search, 10 buy.
        Assert.Contains("| information search | 40 (100%) | 40 (100%) | 80 (100%) |", md, StringComparison.Ordinal);
        Assert.Contains("| bought | 10 (25%) | 40 (100%) | 50 (63%) |", md, StringComparison.Ordinal);
        Assert.Contains("## How this was made", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_IsOneSafePageWithTheSameContent()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, null, personas);
        var html = JourneyReport.ToHtml(map, Names);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Premium | &lt;researchers&gt; (P1)</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<researchers>", html, StringComparison.Ordinal);
        Assert.Contains("<td>bought</td><td class=\"num\">10 (25%)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<footer><h2>How this was made</h2>", html, StringComparison.Ordinal);
        Assert.Equal(JourneyReport.ToHtml(map, Names), html);
    }

    [Fact]
    public void ToMarkdown_WithoutPersonas_DescribesAllCustomers()
    {
        var md = JourneyReport.ToMarkdown(JourneyAnalyzer.Analyze(JourneyBoundaryTests.HandMade()));
        Assert.DoesNotContain("Personas at a glance", md, StringComparison.Ordinal);
        Assert.Contains("| need recognition | 3 (100%) |", md, StringComparison.Ordinal);
        Assert.Contains("| social\\_ads \\> search \\> website | 1 | 50% |", md, StringComparison.Ordinal);
        Assert.Contains("1 post-purchase event with no journey before it", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_WithJourneys_StateHowJourneysWereCounted()
    {
        var (set, info) = ReportFixtures.Planted();
        var map = JourneyAnalyzer.Analyze(JourneyBoundaryTests.HandMade());
        info = info with { JourneyCounting = map.Counting };
        Assert.Contains("- **Journeys:** purchase journeys: a journey runs from a first touch", CardRenderer.ToMarkdown(set, info), StringComparison.Ordinal);
        Assert.Contains("<dt>Journeys</dt><dd>purchase journeys: a journey runs", CardRenderer.ToHtml(set, info), StringComparison.Ordinal);
    }

    [Fact]
    public void AttributionCsv_ChannelAttributionVignette_HasEachModelsConversionsAndShare()
    {
        // ChannelAttribution vignette: A>B>A>B>B>A, A>B>B>A>A, A>A, one conversion each: Markov A 2, B 1.
        var set = PathSet.FromPaths([new(["A", "B", "A", "B", "B", "A"], 1, 0, 0), new(["A", "B", "B", "A", "A"], 1, 0, 0), new(["A", "A"], 1, 0, 0)]);
        var lines = AttributionReport.ToCsv(AttributionModels.Compute(set)).Split('\n');
        Assert.Equal(AttributionReport.CsvHeader, lines[0]);
        var a = lines[1].Split(',');
        var b = lines[2].Split(',');
        Assert.Equal(["A", "3", "1", "3", "1"], a[..5]);
        Assert.Equal("", a[7]); // no time decay without touch times
        Assert.Equal(2, double.Parse(a[11], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(2.0 / 3, double.Parse(a[12], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(1, double.Parse(b[11], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(["B", "0", "0"], b[..3]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public void AttributionCsv_FormulaLikeChannel_IsNeutralised()
    {
        var set = PathSet.FromPaths([new(["=cmd", "web"], 1, 0, 0)]);
        Assert.Contains("\n'=cmd,", AttributionReport.ToCsv(AttributionModels.Compute(set)), StringComparison.Ordinal);
    }

    [Fact]
    public void AttributionHtml_HasSharesAndCreditedConversions()
    {
        var set = PathSet.FromPaths([new(["A", "B", "A", "B", "B", "A"], 1, 0, 0), new(["A", "B", "B", "A", "A"], 1, 0, 0), new(["A", "A"], 1, 0, 0)]);
        var html = AttributionReport.ToHtml(AttributionModels.Compute(set), "paths.csv");
        Assert.Contains("3 paths in paths.csv: 3 conversions, 0 paths without one.", html, StringComparison.Ordinal);
        Assert.Contains("<td>A</td><td class=\"num\">100%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>B</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0.9</td>", html, StringComparison.Ordinal);
    }
}
