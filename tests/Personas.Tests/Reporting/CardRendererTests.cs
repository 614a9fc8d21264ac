using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Profiling;

namespace Personas.Tests.Reporting;

public class CardRendererTests
{
    [Fact]
    public void Html_CategoryValueWithScriptTag_AppearsAsEscapedText()
    {
        var (set, info) = ReportFixtures.Planted();

        var html = CardRenderer.ToHtml(set, info);

        Assert.Contains("Preferred channel: &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("customers &lt;b&gt;.csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_IsSelfContainedAndOffline()
    {
        var (set, info) = ReportFixtures.Planted();

        var html = CardRenderer.ToHtml(set, info);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_UserNamesWithMarkup_AreEscaped()
    {
        var (set, info) = ReportFixtures.Planted();
        set = set.WithOverrides(new Dictionary<string, PersonaOverride> { ["P1"] = new("<img src=x onerror=alert(1)>", "\"quoted\" & <i>tagged</i>") });

        var html = CardRenderer.ToHtml(set, info);
        var md = CardRenderer.ToMarkdown(set, info);

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("\\<img src=x onerror=alert(1)\\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_HaveEverySectionOfTheIssue()
    {
        var (set, info) = ReportFixtures.Planted();

        var md = CardRenderer.ToMarkdown(set, info);
        var html = CardRenderer.ToHtml(set, info);

        foreach (var text in new[] { "More than average", "Less than average", "Preferred channels", "Confidence", "How this was made" })
        {
            Assert.Contains(text, md, StringComparison.Ordinal);
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.Contains("## P1 · High-income wine lovers", md, StringComparison.Ordinal);
        Assert.Contains("**300 customers (45.5%) · value share 68.9% (1.52x per customer)**", md, StringComparison.Ordinal);
        Assert.Contains("| Income | 80,882 (median 81,188) |", md, StringComparison.Ordinal);
        Assert.Contains("g = 3.23 \\[3.00, 3.46\\]", md, StringComparison.Ordinal);
        Assert.Contains("silhouette 0.52 (clear), stability 0.93 (stable)", md, StringComparison.Ordinal);
        Assert.Contains("> **Warning:** P3 is unstable across resamples (Jaccard 0.55).", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_FooterSaysHowTheyWereMade()
    {
        var (set, info) = ReportFixtures.Planted();

        var md = CardRenderer.ToMarkdown(set, info);

        Assert.Contains("- **Data file:** customers \\<b\\>.csv", md, StringComparison.Ordinal);
        Assert.Contains("- **Rows:** 663 read, 660 used, 3 excluded", md, StringComparison.Ordinal);
        Assert.Contains("- **Personas:** k = 4: chosen automatically: best silhouette among stable solutions", md, StringComparison.Ordinal);
        Assert.Contains("- **Seed:** 42", md, StringComparison.Ordinal);
        Assert.Contains("- **Library:** Personas 0.1.0", md, StringComparison.Ordinal);
        Assert.Contains("- **Created:** 2026-11-24 09:30 +00:00", md, StringComparison.Ordinal);
        Assert.Contains("- **Overall quality:** silhouette 0.41, stability 0.82", md, StringComparison.Ordinal);
        Assert.Contains("Column 'comment' is free text and was ignored.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_SmallPersona_ShowsOnlySizeAndNote()
    {
        var (set, info) = ReportFixtures.Planted();
        var md = CardRenderer.ToMarkdown(set, info);

        var p4 = md[md.IndexOf("## P4 ", StringComparison.Ordinal)..md.IndexOf("## How this was made", StringComparison.Ordinal)];

        Assert.Contains("**10 customers (1.5%)**", p4, StringComparison.Ordinal);
        Assert.Contains("Only 10 customers", p4, StringComparison.Ordinal);
        Assert.DoesNotContain("###", p4, StringComparison.Ordinal);
        Assert.DoesNotContain("Income", p4, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_ContainNoCustomerIdsOrRows()
    {
        var planted = ProfilingFixtures.PlantedPersonas();
        var set = Profiler.Profile(planted.Table, planted.Labels, planted.K);
        var info = ReportFixtures.Info(set);

        var md = CardRenderer.ToMarkdown(set, info);
        var html = CardRenderer.ToHtml(set, info);

        foreach (var id in planted.Table.Ids)
        {
            Assert.DoesNotContain(id, md, StringComparison.Ordinal);
            Assert.DoesNotContain(id, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("private note", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_SameInput_AreIdentical()
    {
        var (a, infoA) = ReportFixtures.Planted();
        var (b, infoB) = ReportFixtures.Planted();

        Assert.Equal(CardRenderer.ToHtml(a, infoA), CardRenderer.ToHtml(b, infoB));
        Assert.Equal(CardRenderer.ToMarkdown(a, infoA), CardRenderer.ToMarkdown(b, infoB));
    }

    [Fact]
    public void Cards_WithoutValueColumnOrQuality_StillRender()
    {
        var planted = ProfilingFixtures.PlantedPersonas();
        var set = Profiler.Profile(planted.Table, planted.Labels, planted.K, new ProfilingOptions { Columns = ["Income", "Kidhome"] });
        var info = ReportFixtures.Info(set) with { Silhouette = null, Stability = null, Warnings = [] };

        var md = CardRenderer.ToMarkdown(set, info);

        Assert.Contains("no quality measures were supplied", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Preferred channels", md, StringComparison.Ordinal);
        Assert.Contains("| P1 | ", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ListsEveryComparisonInACollapsedSection()
    {
        var (set, info) = ReportFixtures.Planted();

        var html = CardRenderer.ToHtml(set, info);

        Assert.Contains($"<summary>All {set["P1"].Comparisons.Count} comparisons with other customers</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Age</td>", html, StringComparison.Ordinal); // not a trait, still listed
        Assert.Equal(3, html.Split("<details class=\"all\">").Length - 1); // P4 is too small
    }
}
