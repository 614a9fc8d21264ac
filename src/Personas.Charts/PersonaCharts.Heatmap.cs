using Personas.Profiling;
using Personas.Words;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>
    /// How the personas differ, as a heatmap in the data's own terms: columns are the personas (in set order), rows the
    /// traits that set personas apart most (at most <see cref="MaxHeatmapColumns"/>; a trait no persona differs on, such as
    /// pure noise, never appears), grouped by the persona they distinguish most, in persona order. Each cell shows the
    /// persona's value with its unit; its colour is the persona's effect size against the other customers on a labelled
    /// diverging scale (red above, blue below). Traits as rows keep every label upright and every cell wide enough to read.
    /// </summary>
    /// <param name="personas">The persona set.</param>
    /// <returns>The heatmap.</returns>
    /// <exception cref="ArgumentException">No persona has a trait.</exception>
    /// <example><code>var chart = PersonaCharts.TraitHeatmap(result.Personas);</code></example>
    public static GenericChart TraitHeatmap(PersonaSet personas)
    {
        ArgumentNullException.ThrowIfNull(personas);
        var words = Wording.Of(personas);
        var list = personas.Personas;
        var scores = new Dictionary<(string Feature, string? Level), (double Score, int Owner, Trait Trait)>();
        for (var p = 0; p < list.Count; p++)
        {
            foreach (var t in list[p].Traits)
            {
                var key = (t.Feature, t.Level);
                var score = Math.Abs(t.EffectSize);
                if (!scores.TryGetValue(key, out var best) || score > best.Score)
                {
                    scores[key] = (score, p, t);
                }
            }
        }

        if (scores.Count == 0)
        {
            throw new ArgumentException("Expected at least one persona with a distinguishing trait, found none.", nameof(personas));
        }

        var columns = scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key.Feature, StringComparer.Ordinal).ThenBy(kv => kv.Key.Level, StringComparer.Ordinal)
            .Take(MaxHeatmapColumns)
            .OrderBy(kv => kv.Value.Owner).ThenByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key.Feature, StringComparer.Ordinal)
            .Select(kv => kv.Value.Trait).ToArray();
        var z = new object?[columns.Length][];
        var text = new string[columns.Length][];
        var hover = new string[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            z[c] = new object?[list.Count];
            text[c] = new string[list.Count];
            hover[c] = new string[list.Count];
            for (var p = 0; p < list.Count; p++)
            {
                var t = list[p].Comparisons.FirstOrDefault(x => x.Feature == columns[c].Feature && x.Level == columns[c].Level);
                z[c][p] = t is null ? null : Math.Clamp(t.EffectSize, -2, 2);
                text[c][p] = t is null ? string.Empty : words.Value(t, persona: true);
                hover[c][p] = t is null
                    ? string.Empty
                    : words.T("chart.heatmapHover", ("persona", list[p].Name), ("trait", words.TraitTitle(t)), ("value", words.Value(t, true)), ("rest", words.Value(t, false)), ("effect", words.Effect(t.EffectSize)));
            }
        }

        var trace = new Trace("heatmap");
        trace.SetProperty("z", z);
        trace.SetProperty("y", columns.Select(t => words.TraitTitle(t)).ToArray());
        trace.SetProperty("x", list.Select(p => p.Name).ToArray());
        trace.SetProperty("text", text);
        trace.SetProperty("texttemplate", "%{text}");
        trace.SetProperty("textfont", Json.O(("size", 12)));
        trace.SetProperty("customdata", hover);
        trace.SetProperty("hovertemplate", "%{customdata}<extra></extra>");
        trace.SetProperty("xgap", 2);
        trace.SetProperty("ygap", 2);
        trace.SetProperty("colorscale", DivergingScale);
        trace.SetProperty("zmid", 0.0);
        trace.SetProperty("zmin", -2.0);
        trace.SetProperty("zmax", 2.0);
        trace.SetProperty("colorbar", Json.O(
            ("title", Json.O(("text", words.T("chart.heatmapScale")), ("font", Json.O(("size", 12))))),
            ("tickvals", new[] { -1.8, -1, 0, 1, 1.8 }),
            ("ticktext", new[] { "chart.scaleMuchLower", "chart.scaleLower", "chart.scaleSame", "chart.scaleHigher", "chart.scaleMuchHigher" }.Select(k => words.T(k)).ToArray()),
            ("tickfont", Json.O(("size", 12))),
            ("len", 1.0)));
        var names = list.Select(p => p.Name).ToArray();
        var lines = names.Max(n => Wrap(n, 14).Split("<br>").Length);
        return ChartStyle.Finish(
            ChartStyle.FromTraces([trace]),
            words.T("chart.heatmapTitle"),
            110 + (36 * columns.Length) + (16 * lines),
            ("xaxis", Json.O(("side", "top"), ("automargin", true), ("tickfont", Json.O(("size", 13))), ("tickvals", names), ("ticktext", names.Select(n => Wrap(n, 14)).ToArray()), ("tickangle", 0))),
            ("yaxis", Json.O(("autorange", "reversed"), ("automargin", true), ("tickfont", Json.O(("size", 12))))),
            ("margin", Json.O(("t", 70 + (16 * lines)), ("l", 20), ("r", 20), ("b", 20))));
    }
}
