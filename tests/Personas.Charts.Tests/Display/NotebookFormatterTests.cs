using Microsoft.DotNet.Interactive.Formatting;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Display;

/// <summary>The library's result types display through Microsoft.DotNet.Interactive.Formatting exactly as a .NET kernel calls
/// it (<c>ToDisplayString(mimeType)</c>), found by the TypeFormatterSource naming convention with no package reference.</summary>
[Collection(Charts.ChartDisplaySession.Name)]
public sealed class NotebookFormatterTests
{
    private static BuildFixture.Build B => BuildFixture.Value;

    public static TheoryData<string> Values => ["PersonaSet", "Persona", "KSelectionReport", "JourneyMap", "DriftReport"];

    private static object Value(string name) => name switch
    {
        "PersonaSet" => B.Personas,
        "Persona" => B.Personas.Personas[0],
        "KSelectionReport" => B.Segmentation.KSelection,
        "JourneyMap" => B.Journeys,
        "DriftReport" => B.Refresh.Drift,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ToDisplayString_Html_UsesTheLibraryFormatter(string name)
    {
        var html = Value(name).ToDisplayString("text/html");

        Assert.StartsWith("<div class=\"personas-display\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</div>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void ToDisplayString_Plain_IsAShortSummary(string name)
    {
        var text = Value(name).ToDisplayString("text/plain");

        Assert.DoesNotContain("<", text.Split('\n')[0], StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length <= 12, text);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void PreferredMimeType_IsHtml(string name) =>
        Assert.Equal("text/html", Formatter.GetPreferredMimeTypesFor(Value(name).GetType()).First());

    [Fact]
    public void PersonaSet_Html_ListsEveryPersonaWithSizeAndShare()
    {
        var html = B.Personas.ToDisplayString("text/html");

        foreach (var p in B.Personas.Personas)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(p.Name), html, StringComparison.Ordinal);
            Assert.Contains(">" + p.Size.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + "<", html, StringComparison.Ordinal);
        }

        Assert.Contains("personas from 240 customers", html, StringComparison.Ordinal);
        Assert.StartsWith("PersonaSet: " + B.Personas.Personas.Count + " personas from 240 customers", B.Personas.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void Persona_Html_IsItsCardWithTraitsAndEvidence()
    {
        var p = B.Personas.Personas[0];
        var html = p.ToDisplayString("text/html");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(p.Name), html, StringComparison.Ordinal);
        Assert.Contains("Effect [95% CI]", html, StringComparison.Ordinal);
        Assert.Contains("vs others", html, StringComparison.Ordinal);
        Assert.Contains("g = ", html, StringComparison.Ordinal);
        Assert.Contains("Confidence:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Persona_NameWithMarkup_IsEncoded()
    {
        var p = B.Personas.Personas[0] with { Name = "<script>alert(1)</script>" };
        var html = p.ToDisplayString("text/html");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void KSelectionReport_HtmlAndPlain_MarkTheChosenK()
    {
        var report = B.Segmentation.KSelection;

        Assert.Contains("Chosen k = " + report.ChosenK, report.ToDisplayString("text/html"), StringComparison.Ordinal);
        Assert.Contains("font-weight:600;background:#f5f7ff", report.ToDisplayString("text/html"), StringComparison.Ordinal);
        Assert.Contains("<- chosen", report.ToDisplayString("text/plain"), StringComparison.Ordinal);
    }

    [Fact]
    public void JourneyMap_Html_ShowsPathsFunnelAndPersonas()
    {
        var html = B.Journeys.ToDisplayString("text/html");

        Assert.Contains("Most common paths", html, StringComparison.Ordinal);
        Assert.Contains("search", html, StringComparison.Ordinal);
        Assert.Contains("By persona", html, StringComparison.Ordinal);
        Assert.Contains("Stage funnel", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DriftReport_Html_ShowsStatusAndMigration()
    {
        var drift = B.Refresh.Drift;
        var html = drift.ToDisplayString("text/html");

        Assert.Contains(drift.Matches.Count + " personas kept", html, StringComparison.Ordinal);
        Assert.Contains("changed persona", html, StringComparison.Ordinal);
        Assert.Contains(">matched<", html, StringComparison.Ordinal);
    }
}
