using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

/// <summary>Displays in a batch run: sequences of records as tables, Html/Markdown/Svg helpers, display handles that update in place.</summary>
public sealed class RichDisplayTests
{
    private static async Task<NotebookRunResult> Run(params string[] cells)
    {
        var path = UnsupportedTests.Write(TestFiles.NewScratchFolder(), "display.ipynb", cells);
        var result = await NotebookRunner.RunAsync(path);
        Assert.True(result.Succeeded, result.Error);
        return result;
    }

    [Fact]
    public async Task Sequence_OfAnonymousObjects_IsAnHtmlTable_WithReadableHeaders()
    {
        var result = await Run("new[] { new { Persona = \"Bargain <hunters>\", NeverConvertShare = 0.25, Journeys = 1200 }, new { Persona = \"Regulars\", NeverConvertShare = 0.1, Journeys = 80 } }");

        var html = result.Executed.Cells[0].Outputs.Single().Data["text/html"];
        Assert.Contains("<th style=\"text-align:left;padding:4px 10px;border-bottom:2px solid #e5e7eb;font-weight:600\">Never convert share</th>", html, StringComparison.Ordinal);
        Assert.Contains(">Bargain &lt;hunters&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains(">1,200</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<tr>").Length - 2);
    }

    [Fact]
    public async Task Sequence_OfNumbersOrStrings_StaysPlainText()
    {
        var result = await Run("new[] { \"a\", \"b\" }");
        Assert.False(result.Executed.Cells[0].Outputs.Single().Data.ContainsKey("text/html"));
    }

    [Fact]
    public async Task HtmlMarkdownSvg_Helpers_GiveTheirMimeTypes()
    {
        var result = await Run("display(Html(\"<b>x</b>\")); display(Markdown(\"**y**\")); display(Svg(\"<svg/>\"));");

        var outputs = result.Executed.Cells[0].Outputs;
        Assert.Equal("<b>x</b>", outputs[0].Data["text/html"]);
        Assert.Equal("x", outputs[0].Data["text/plain"]);
        Assert.Equal("**y**", outputs[1].Data["text/markdown"]);
        Assert.Equal("<svg/>", outputs[2].Data["image/svg+xml"]);
        var page = NotebookHtmlExporter.ToHtml(result.Executed);
        Assert.Contains("<strong>y</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplayHandle_Update_ReplacesTheSavedOutput_EvenFromALaterCell()
    {
        var result = await Run("var shown = display(\"first\");", "shown.Update(\"second\");");

        var output = result.Executed.Cells[0].Outputs.Single();
        Assert.Equal("display_data", output.OutputType);
        Assert.Equal("second", output.Data["text/plain"]);
        Assert.Empty(result.Executed.Cells[1].Outputs);
    }

    [Fact]
    public async Task CancellationToken_Global_IsTheCellsToken()
    {
        var result = await Run("CancellationToken.CanBeCanceled");
        Assert.Equal("True", result.Executed.Cells[0].Outputs.Single().Data["text/plain"]);
    }
}
