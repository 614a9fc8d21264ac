using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

using Personas.Reporting;

namespace Personas.Notebooks;

/// <summary>
/// Exports an executed notebook as one self-contained HTML page: markdown rendered (escaped, safe links), code in
/// plain <c>&lt;pre&gt;</c> blocks, outputs (HTML outputs as produced by the notebook's formatters, text escaped,
/// errors), no external requests (a Content-Security-Policy forbids them), and a large inline script such as
/// plotly.js included once even when several chart outputs carry it.
/// </summary>
/// <example>
/// <code>
/// var result = await NotebookRunner.RunAsync("01-quickstart.ipynb");
/// File.WriteAllText("quickstart.html", NotebookHtmlExporter.ToHtml(result.Executed));
/// </code>
/// </example>
public static partial class NotebookHtmlExporter
{
    /// <summary>Inline scripts at least this long (libraries such as plotly.js) are included only once per page.</summary>
    internal const int SharedScriptMinLength = 1000;

    private const string Csp = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#fafafa;color:#1f2328}
        main{max-width:1100px;margin:0 auto;padding:24px}
        .cell{margin:12px 0}
        .markdown{line-height:1.5}
        .input{display:flex;gap:8px}
        .prompt{color:#57606a;font:12px ui-monospace,monospace;min-width:64px;padding-top:10px;text-align:right}
        pre{margin:0;padding:8px 10px;overflow-x:auto;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;word-break:break-word}
        .input pre{background:#f0f2f5;border:1px solid #d0d7de;border-radius:6px;flex:1}
        .output{margin-left:72px;overflow-x:auto}
        .output.bare{margin-left:0}
        .stderr{background:#fff8e6}
        .error{background:#ffebe9;color:#82071e}
        .skipped{color:#57606a;font-style:italic}
        table{border-collapse:collapse}
        th,td{border:1px solid #d0d7de;padding:4px 8px}
        blockquote{border-left:4px solid #d0d7de;margin:0;padding-left:12px;color:#57606a}
        """;

    /// <summary>Renders the notebook as a complete HTML document.</summary>
    /// <param name="executed">The (usually executed) notebook.</param>
    /// <param name="title">The page title; null to use the first markdown heading, or <c>Notebook</c>.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(Notebook executed, string? title = null) => ToHtml(executed, new NotebookHtmlOptions { Title = title });

    /// <summary>Renders the notebook as a complete HTML document, with or without its code.</summary>
    /// <param name="executed">The (usually executed) notebook.</param>
    /// <param name="options">Title and whether to hide the code.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(Notebook executed, NotebookHtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(options);
        var title = options.Title ?? FirstHeading(executed) ?? "Notebook";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Csp).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        var seenScripts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in executed.Cells)
        {
            switch (cell.CellType)
            {
                case "markdown":
                    html.Append("<section class=\"cell markdown\">\n").Append(MarkdownRenderer.ToHtml(cell.Source)).Append("</section>\n");
                    break;
                case "raw":
                    html.Append("<section class=\"cell raw\"><pre>").Append(HtmlText.Escape(cell.Source)).Append("</pre></section>\n");
                    break;
                default:
                    Code(html, cell, seenScripts, options.HideCode);
                    break;
            }
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Writes <see cref="ToHtml(Notebook, string?)"/>'s page atomically (temporary file, then renamed over <paramref name="path"/>).</summary>
    /// <param name="executed">The (usually executed) notebook.</param>
    /// <param name="path">The HTML file to write.</param>
    /// <param name="title">The page title; null to use the first markdown heading, or <c>Notebook</c>.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(Notebook executed, string path, string? title = null) => Save(executed, path, new NotebookHtmlOptions { Title = title });

    /// <summary>Writes <see cref="ToHtml(Notebook, NotebookHtmlOptions)"/>'s page atomically.</summary>
    /// <param name="executed">The (usually executed) notebook.</param>
    /// <param name="path">The HTML file to write.</param>
    /// <param name="options">Title and whether to hide the code.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(Notebook executed, string path, NotebookHtmlOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllText(path, ToHtml(executed, options));
    }

    private static void Code(StringBuilder html, NotebookCell cell, HashSet<string> seenScripts, bool hideCode)
    {
        if (hideCode && cell.Outputs.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"cell code\">\n");
        if (!hideCode)
        {
            var count = cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ";
            html.Append("<div class=\"input\"><span class=\"prompt\">In [").Append(count).Append("]:</span><pre><code>")
                .Append(HtmlText.Escape(cell.Source)).Append("</code></pre></div>\n");
        }

        foreach (var output in cell.Outputs)
        {
            html.Append(hideCode ? "<div class=\"output bare\">" : "<div class=\"output\">");
            switch (output.OutputType)
            {
                case "stream":
                    html.Append("<pre class=\"stream ").Append(output.Name == "stderr" ? "stderr" : "stdout").Append("\">").Append(HtmlText.Escape(output.Text ?? string.Empty)).Append("</pre>");
                    break;
                case "error":
                    var text = output.ErrorName + ": " + output.ErrorValue + "\n" + string.Join("\n", output.Traceback);
                    html.Append("<pre class=\"error\">").Append(HtmlText.Escape(AnsiCodes().Replace(text, string.Empty))).Append("</pre>");
                    break;
                default:
                    Bundle(html, output.Data, seenScripts);
                    break;
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void Bundle(StringBuilder html, IReadOnlyDictionary<string, string> data, HashSet<string> seenScripts)
    {
        if (data.TryGetValue("text/html", out var markup))
        {
            // HTML outputs come from the notebook's own formatters (which escape the data they show); shared
            // library scripts are kept once per page.
            html.Append(DedupeScripts(markup, seenScripts));
        }
        else if (data.TryGetValue("text/markdown", out var markdown))
        {
            html.Append("<div class=\"markdown\">").Append(MarkdownRenderer.ToHtml(markdown)).Append("</div>");
        }
        else if (Image(data) is { } image)
        {
            html.Append("<img alt=\"output\" src=\"").Append(image).Append("\">");
        }
        else if (data.TryGetValue("text/plain", out var plain))
        {
            html.Append("<pre>").Append(HtmlText.Escape(plain)).Append("</pre>");
        }
    }

    private static string? Image(IReadOnlyDictionary<string, string> data)
    {
        foreach (var mime in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (data.TryGetValue(mime, out var base64) && Base64().IsMatch(base64))
            {
                return "data:" + mime + ";base64," + Regex.Replace(base64, @"\s", string.Empty);
            }
        }

        return data.TryGetValue("image/svg+xml", out var svg)
            ? "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))
            : null;
    }

    internal static string DedupeScripts(string markup, HashSet<string> seen) =>
        InlineScript().Replace(markup, m =>
        {
            var body = m.Groups["body"].Value;
            if (body.Length < SharedScriptMinLength)
            {
                return m.Value;
            }

            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            return seen.Add(hash) ? m.Value : string.Empty;
        });

    private static string? FirstHeading(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.CellType == "markdown"))
        {
            foreach (var line in cell.Source.Split('\n'))
            {
                var t = line.Trim();
                if (t.StartsWith('#'))
                {
                    var heading = t.TrimStart('#').Trim();
                    if (heading.Length > 0)
                    {
                        return heading;
                    }
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"<script\b(?<attrs>[^>]*)>(?<body>.*?)</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"^[A-Za-z0-9+/=\s]+$")]
    private static partial Regex Base64();

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiCodes();
}
