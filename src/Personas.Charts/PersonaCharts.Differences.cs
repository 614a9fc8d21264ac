using Personas.Profiling;
using Personas.Words;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>The most traits a persona's "top differences" chart shows.</summary>
    public const int MaxDifferences = 8;

    /// <summary>
    /// A persona's top differences: for its strongest traits (at most <see cref="MaxDifferences"/>, largest effect first),
    /// the persona's value (in its colour) against the other customers' (grey), one row per trait, each in the data's own
    /// units (a share in percent, money with its currency) and written on the bars, so a reader compares like with like.
    /// Replaces radar charts, whose many spokes and shared scale could not be read.
    /// </summary>
    /// <param name="personas">The persona set (its data dictionary and language give the labels, units and words).</param>
    /// <param name="personaId">The persona, for example <c>P2</c>.</param>
    /// <returns>A horizontal bar chart with one small panel per trait.</returns>
    /// <exception cref="ArgumentException">No persona has the id.</exception>
    /// <example><code>var chart = PersonaCharts.TopDifferences(result.Personas, "P1");</code></example>
    public static GenericChart TopDifferences(PersonaSet personas, string personaId)
    {
        ArgumentNullException.ThrowIfNull(personas);
        var persona = personas[personaId];
        var index = personas.Personas.ToList().IndexOf(persona);
        return TopDifferences(persona, Wording.Of(personas), PersonaPalette.ColorOf(persona.Id, index));
    }

    internal static GenericChart TopDifferences(Persona persona, Wording words, string colour)
    {
        var traits = persona.Traits.OrderByDescending(t => Math.Abs(t.EffectSize)).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal)
            .Take(MaxDifferences).ToArray();
        var title = words.T("chart.differencesTitle", ("name", persona.Name));
        if (traits.Length == 0)
        {
            return ChartStyle.Finish(
                ChartStyle.FromTraces([new Trace("bar")]),
                title,
                200,
                ("annotations", new object[] { Json.O(("text", words.T("chart.differencesNone")), ("xref", "paper"), ("yref", "paper"), ("x", 0.5), ("y", 0.5), ("showarrow", false), ("font", Json.O(("size", 14)))) }),
                ("xaxis", Json.O(("visible", false))),
                ("yaxis", Json.O(("visible", false))));
        }

        const double gap = 0.035;
        var m = traits.Length;
        var traces = new List<Trace>(2 * m);
        var layout = new List<(string, object?)>();
        for (var i = 0; i < m; i++)
        {
            var t = traits[i];
            var share = t.Kind == TraitKind.Categorical || words.IsShare(t.Feature);
            double Scaled(double v) => share ? v * 100 : v;
            var label = Wrap(words.TraitTitle(t), 26);
            var axis = i == 0 ? string.Empty : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Plotly stacks grouped horizontal bars bottom-up: the other customers first puts the persona on top.
            foreach (var (who, value, text, fill) in new[]
            {
                (words.T("chart.otherCustomers"), Scaled(t.RestValue), words.Value(t, persona: false), OthersGrey),
                (words.T("chart.thisPersona"), Scaled(t.PersonaValue), words.Value(t, persona: true), colour),
            })
            {
                var bar = new Trace("bar");
                bar.SetProperty("orientation", "h");
                bar.SetProperty("name", who);
                bar.SetProperty("legendgroup", who);
                bar.SetProperty("showlegend", i == 0);
                bar.SetProperty("x", new[] { value });
                bar.SetProperty("y", new[] { label });
                bar.SetProperty("text", new[] { text });
                bar.SetProperty("textposition", "outside");
                bar.SetProperty("cliponaxis", false);
                bar.SetProperty("textfont", Json.O(("size", 13)));
                bar.SetProperty("marker", Json.O(("color", fill)));
                bar.SetProperty("hovertemplate", label.Replace("<br>", " ", StringComparison.Ordinal) + "<br>" + who + ": " + text + "<extra></extra>");
                bar.SetProperty("xaxis", "x" + axis);
                bar.SetProperty("yaxis", "y" + axis);
                traces.Add(bar);
            }

            var top = 1 - ((double)i / m);
            var bottom = 1 - ((double)(i + 1) / m) + gap;
            var values = new[] { Scaled(t.PersonaValue), Scaled(t.RestValue), 0 };
            var (low, high) = (values.Min(), values.Max());
            var span = Math.Max(high - low, 1e-9);
            layout.Add(("xaxis" + axis, Json.O(
                ("domain", new[] { 0.0, 1.0 }),
                ("anchor", "y" + axis),
                ("range", new[] { low < 0 ? low - (0.45 * span) : 0, high + (0.45 * span) }),
                ("showticklabels", false),
                ("showgrid", false),
                ("zeroline", true),
                ("zerolinecolor", "#94a3b8"),
                ("fixedrange", true))));
            layout.Add(("yaxis" + axis, Json.O(
                ("domain", new[] { bottom, top }),
                ("anchor", "x" + axis),
                ("automargin", true),
                ("fixedrange", true),
                ("tickfont", Json.O(("size", 13))))));
        }

        layout.Add(("barmode", "group"));
        layout.Add(("bargap", 0.25));
        layout.Add(("legend", Json.O(("orientation", "h"), ("x", 0.0), ("xanchor", "left"), ("y", 1.0), ("yanchor", "bottom"), ("traceorder", "reversed"), ("font", Json.O(("size", 13))))));
        layout.Add(("margin", Json.O(("t", 96), ("l", 20), ("r", 30), ("b", 20))));
        return ChartStyle.Finish(ChartStyle.FromTraces(traces), title, 110 + (62 * m), [.. layout]);
    }

    private const string OthersGrey = "#9CA3AF";
}
