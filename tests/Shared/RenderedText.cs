using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Personas.Testing;

/// <summary>
/// What headless Chromium draws in a page's Plotly charts, measured in the browser: every visible SVG text with its
/// computed font size and box, each chart's legend box, axis labels, bar labels and radial (polar) subplots. A copy of the
/// page gets a measuring script (its Content-Security-Policy tag removed so the script may run); the numbers come back in
/// the dumped DOM. One file linked into the test projects that open generated HTML (Personas.Tests: report.html;
/// Personas.Kernel.Tests: the notebooks' nbconvert HTML exports).
/// </summary>
internal static partial class RenderedText
{
    /// <summary>Debian's headless Chromium (.ci/run installs it).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Why a test that measures pages cannot run here, or null when Chromium is installed.</summary>
    public static string? SkipReason => File.Exists(ChromiumPath) ? null : "needs headless Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it)";

    public sealed record Box(double X, double Y, double W, double H)
    {
        public bool Overlaps(Box o, double tolerance = 1) =>
            X + W - tolerance > o.X && o.X + o.W - tolerance > X && Y + H - tolerance > o.Y && o.Y + o.H - tolerance > Y;
    }

    public sealed record Text(string Chart, string Content, double Size, Box Box, string Kind);

    public sealed record Chart(string Id, Box? Legend, int Polar, int Traces);

    public sealed record Measurement(IReadOnlyList<Text> Texts, IReadOnlyList<Chart> Charts)
    {
        public IEnumerable<Text> Of(string chart, string kind) => Texts.Where(t => t.Chart == chart && t.Kind == kind);
    }

    private const string Script = """
        <script>
        window.addEventListener('load', function () { setTimeout(function () {
          function box(e) { var r = e.getBoundingClientRect(); return { x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height }; }
          function visible(e) {
            for (var n = e; n && n.nodeType === 1; n = n.parentNode) {
              var s = getComputedStyle(n);
              if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) return false;
            }
            var r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && parseFloat(getComputedStyle(e).fillOpacity) !== 0;
          }
          function kind(t) {
            if (t.closest('g.legend')) return 'legend';
            if (t.closest('g.xtick')) return 'xtick';
            if (t.closest('g.ytick')) return 'ytick';
            if (t.closest('g.g-xtitle') || t.closest('g.g-ytitle')) return 'axistitle';
            if (t.closest('g.infolayer g.g-gtitle')) return 'title';
            if (t.closest('.colorbar')) return 'colorbar';
            if (t.closest('g.bartext') || t.classList.contains('bartext')) return 'bartext';
            if (t.closest('g.annotation')) return 'annotation';
            if (t.closest('g.modebar')) return 'modebar';
            return 'other';
          }
          var out = { texts: [], charts: [] };
          document.querySelectorAll('.js-plotly-plot').forEach(function (plot) {
            var id = plot.id;
            plot.querySelectorAll('svg text').forEach(function (t) {
              if (!t.textContent.trim() || !visible(t)) return;
              var rotated = /rotate\((?!0[,)])/.test((t.getAttribute('transform') || '') + ' ' + ((t.parentNode && t.parentNode.getAttribute && t.parentNode.getAttribute('transform')) || ''));
              out.texts.push({ chart: id, content: t.textContent.slice(0, 60), size: parseFloat(getComputedStyle(t).fontSize), box: box(t), kind: kind(t) + (rotated ? '-rotated' : '') });
            });
            var legend = plot.querySelector('g.legend');
            out.charts.push({ id: id, legend: legend && visible(legend) ? box(legend) : null,
              polar: plot.querySelectorAll('g.polarlayer > g, g.polarlayer g.polar').length,
              traces: (plot.data || []).length });
          });
          var pre = document.createElement('pre'); pre.id = 'personas-measure'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
        }, 300); });
        </script>
        """;

    /// <summary>Measures the charts of a page in headless Chromium (window 1200 px wide).</summary>
    public static Measurement Measure(string pagePath)
    {
        var html = File.ReadAllText(pagePath);
        html = CspMeta().Replace(html, string.Empty);
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + Script : html.Insert(at, Script);
        var copy = Path.Combine(NewTempDir(), "measured.html");
        File.WriteAllText(copy, html);
        var dom = Run(copy);
        var m = Measured().Match(dom);
        Assert.True(m.Success, "the measuring script wrote nothing (did the page load?)");
        using var doc = JsonDocument.Parse(WebUtility.HtmlDecode(m.Groups[1].Value));
        static Box B(JsonElement e) => new(e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble(), e.GetProperty("w").GetDouble(), e.GetProperty("h").GetDouble());
        var texts = doc.RootElement.GetProperty("texts").EnumerateArray().Select(t => new Text(
            t.GetProperty("chart").GetString()!, t.GetProperty("content").GetString()!, t.GetProperty("size").GetDouble(), B(t.GetProperty("box")), t.GetProperty("kind").GetString()!)).ToArray();
        var charts = doc.RootElement.GetProperty("charts").EnumerateArray().Select(c => new Chart(
            c.GetProperty("id").GetString()!,
            c.GetProperty("legend").ValueKind == JsonValueKind.Null ? null : B(c.GetProperty("legend")),
            c.GetProperty("polar").GetInt32(),
            c.GetProperty("traces").GetInt32())).ToArray();
        return new Measurement(texts, charts);
    }

    /// <summary>The common checks: no text under <paramref name="minSize"/> px, no radial chart, no legend over an axis label or title, no two bar labels or tick labels of a chart on top of each other.</summary>
    public static void AssertReadable(Measurement m, double minSize = 10)
    {
        Assert.NotEmpty(m.Charts);
        var small = m.Texts.Where(t => t.Size < minSize).Select(t => $"{t.Chart} {t.Kind} '{t.Content}' {t.Size:0.#} px").ToArray();
        Assert.True(small.Length == 0, $"{small.Length} texts under {minSize} px: " + string.Join("; ", small.Take(10)));
        var polar = m.Charts.Where(c => c.Polar > 0).Select(c => c.Id).ToArray();
        Assert.True(polar.Length == 0, "radial charts: " + string.Join(", ", polar));
        foreach (var chart in m.Charts)
        {
            if (chart.Legend is { } legend)
            {
                var covered = m.Texts.Where(t => t.Chart == chart.Id && t.Kind.Split('-')[0] is "xtick" or "ytick" or "axistitle" && legend.Overlaps(t.Box)).Select(t => $"'{t.Content}'").ToArray();
                Assert.True(covered.Length == 0, $"{chart.Id}: the legend covers {string.Join(", ", covered)}");
            }

            // Axis-aligned boxes of rotated labels overlap even when the glyphs do not: only upright labels are compared.
            foreach (var kind in new[] { "bartext", "xtick", "ytick" })
            {
                var texts = m.Of(chart.Id, kind).ToArray();
                for (var i = 0; i < texts.Length; i++)
                {
                    for (var j = i + 1; j < texts.Length; j++)
                    {
                        Assert.False(texts[i].Box.Overlaps(texts[j].Box, 0.5), $"{chart.Id}: {kind} '{texts[i].Content}' and '{texts[j].Content}' overlap");
                    }
                }
            }
        }
    }

    private static string Run(string page)
    {
        var psi = new ProcessStartInfo(ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + NewTempDir(), "--virtual-time-budget=20000", "--window-size=1200,900", "--dump-dom",
        })
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(240_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 240 s");
        }

        _ = stderr.Result;
        return stdout.Result;
    }

    private static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "personas-rendered-text", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [GeneratedRegex("<meta\\s+http-equiv=\"Content-Security-Policy\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CspMeta();

    [GeneratedRegex("<pre id=\"personas-measure\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Measured();
}
