using System.Text.Json;
using System.Text.RegularExpressions;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

public sealed class NotebookHtmlExporterTests(BasicNotebookFixture fixture) : IClassFixture<BasicNotebookFixture>
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public void ToHtml_ExecutedNotebook_RendersMarkdownCodeAndOutputs()
    {
        var html = NotebookHtmlExporter.ToHtml(fixture.Result.Executed);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Basic notebook</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Basic notebook</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Shared <em>state</em>, <strong>results</strong> and <code>display</code>.", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"card\">Ann</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre>[1, 2, 3]</pre>", html, StringComparison.Ordinal);
        Assert.Contains("In [2]:</span><pre><code>x + 2</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stderr\">warned\n</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_HideCode_KeepsMarkdownAndOutputs_DropsCodeAndPrompts()
    {
        var html = NotebookHtmlExporter.ToHtml(fixture.Result.Executed, new NotebookHtmlOptions { HideCode = true });

        Assert.Contains("<h1>Basic notebook</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"card\">Ann</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stderr\">warned\n</pre>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre><code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("In [", html, StringComparison.Ordinal);
        Assert.DoesNotContain("x + 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_WritesThePageAtomically()
    {
        var dir = TestFiles.NewScratchFolder();
        var path = Path.Combine(dir, "report.html");

        NotebookHtmlExporter.Save(fixture.Result.Executed, path, "Report");

        Assert.Equal(NotebookHtmlExporter.ToHtml(fixture.Result.Executed, "Report"), File.ReadAllText(path));
        Assert.Equal(["report.html"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void ToHtml_MakesNoExternalRequests()
    {
        var html = NotebookHtmlExporter.ToHtml(fixture.Result.Executed);

        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_TextFromDataAndErrors_IsEscaped()
    {
        var notebook = Notebook.Parse(JsonSerializer.SerializeToUtf8Bytes(new
        {
            nbformat = 4,
            nbformat_minor = 4,
            metadata = new { },
            cells = new object[]
            {
                new { cell_type = "markdown", metadata = new { }, source = $"# {Hostile}\n\n| a | b |\n|---|---|\n| {Hostile} | [x](javascript:void) [y](JavaScript:alert(1)) |\n\n- {Hostile}\n" },
                new { cell_type = "raw", metadata = new { }, source = Hostile },
                new
                {
                    cell_type = "code",
                    metadata = new { },
                    execution_count = 1,
                    source = Hostile,
                    outputs = new object[]
                    {
                        new { output_type = "stream", name = "stdout", text = Hostile },
                        new { output_type = "execute_result", execution_count = 1, metadata = new { }, data = new Dictionary<string, string> { ["text/plain"] = Hostile } },
                        new { output_type = "error", ename = Hostile, evalue = Hostile, traceback = new[] { "\u001b[31m" + Hostile } },
                    },
                },
            },
        }));

        var html = NotebookHtmlExporter.ToHtml(notebook, title: Hostile);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
        Assert.Contains("<td><a href=\"#\">x</a> ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_LargeSharedScript_IsIncludedOncePerPage()
    {
        var library = "<script type=\"text/javascript\">/* plotly.js */" + new string('x', 5000) + "</script>";
        var chart = (string id) => library + $"<div id=\"{id}\"></div><script>Plotly.newPlot('{id}', [])</script>";
        var notebook = Notebook.Parse(JsonSerializer.SerializeToUtf8Bytes(new
        {
            nbformat = 4,
            nbformat_minor = 4,
            metadata = new { },
            cells = new[] { "a", "b" }.Select(id => new
            {
                cell_type = "code",
                metadata = new { },
                execution_count = 1,
                source = "chart",
                outputs = new[] { new { output_type = "display_data", metadata = new { }, data = new Dictionary<string, string> { ["text/html"] = chart(id) } } },
            }),
        }));

        var html = NotebookHtmlExporter.ToHtml(notebook);

        Assert.Single(Regex.Matches(html, "/\\* plotly.js \\*/"));
        Assert.Contains("Plotly.newPlot('a', [])", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('b', [])", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Title ##", "<h2>Title</h2>\n")]
    [InlineData("1. one\n2. *two*", "<ol>\n<li>one</li>\n<li><em>two</em></li>\n</ol>\n")]
    [InlineData("- a\n  continued\n- b", "<ul>\n<li>a continued</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("```csharp\nvar x = \"<b>\";\n```", "<pre><code>var x = &quot;&lt;b&gt;&quot;;\n</code></pre>\n")]
    [InlineData("see [docs](https://example.org/a?b=1&c=2) and snake_case_name", "<p>see <a href=\"https://example.org/a?b=1&amp;c=2\">docs</a> and snake_case_name</p>\n")]
    [InlineData("| k | share |\n|--:|:--|\n| 4 | 25% |", "<table>\n<thead><tr><th>k</th><th>share</th></tr></thead>\n<tbody>\n<tr><td>4</td><td>25%</td></tr>\n</tbody>\n</table>\n")]
    [InlineData("> quoted **bold**", "<blockquote>\n<p>quoted <strong>bold</strong></p>\n</blockquote>\n")]
    [InlineData("a `<i>` b ` c", "<p>a <code>&lt;i&gt;</code> b ` c</p>\n")]
    [InlineData("---", "<hr>\n")]
    [InlineData("turns the file into **data-driven\nbuyer personas**. *Nothing\nis* guessed", "<p>turns the file into <strong>data-driven\nbuyer personas</strong>. <em>Nothing\nis</em> guessed</p>\n")]
    [InlineData("first line  \nsecond\\\nthird", "<p>first line<br>\nsecond<br>\nthird</p>\n")]
    public void MarkdownRenderer_RendersTheCommonSubset(string markdown, string html)
    {
        Assert.Equal(html, MarkdownRenderer.ToHtml(markdown));
    }

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool MarkdownRenderer_AnyText_NeverEmitsRawAngleBracketsFromInput(string text)
    {
        var html = MarkdownRenderer.ToHtml((text ?? string.Empty).Replace("x", "<x onclick=1>", StringComparison.Ordinal));
        return !html.Contains("<x", StringComparison.Ordinal);
    }
}
