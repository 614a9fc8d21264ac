using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    private static readonly string[] ModelColours = ["#264653", "#2A9D8F", "#E9C46A", "#E76F51", "#8D99AE", "#6D597A"];

    /// <summary>The stage funnel per persona, side by side: for each stage, how many of each persona's customers reached it,
    /// with the share of the persona's first stage written on the bars.</summary>
    /// <param name="stages">The stages in funnel order (for example Awareness, Consideration, Purchase).</param>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <param name="countsByPersona">For each persona, the number of customers reaching each stage (for a <see cref="Personas.Journeys.JourneyMap"/>, its stage funnel's counts).</param>
    /// <returns>A funnel chart with one funnel trace per persona, each on its own x axis, side by side, sharing the stage axis.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static GenericChart StageFunnel(IReadOnlyList<string> stages, IReadOnlyList<string> personaNames, IReadOnlyList<IReadOnlyList<double>> countsByPersona)
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (stages.Count == 0)
        {
            throw new ArgumentException("Expected at least one stage, found none.", nameof(stages));
        }

        RequireNames(personaNames, nameof(personaNames));
        RequireCount(countsByPersona, personaNames.Count, "count lists (one per persona)", nameof(countsByPersona));
        var k = personaNames.Count;
        var charts = new List<GenericChart>(k);
        var axes = new List<(string, object?)>();
        var notes = new List<object>();
        const double gap = 0.03;
        for (var p = 0; p < k; p++)
        {
            RequireCount(countsByPersona[p], stages.Count, $"counts for persona {p} (one per stage)", nameof(countsByPersona));
            var chart = CSharpChart.Funnel<double, string, string>(
                countsByPersona[p].ToArray(),
                stages.ToArray(),
                Name: personaNames[p],
                MarkerColor: Color.fromHex(PersonaPalette.Color(p)));
            var axis = p == 0 ? "x" : "x" + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var trace = GenericChart.getTraces(chart).Single();
            trace.SetProperty("xaxis", axis);
            trace.SetProperty("textinfo", "value+percent initial");
            trace.SetProperty("textposition", "inside");
            trace.SetProperty("insidetextanchor", "middle");
            trace.SetProperty("connector", Json.O(("fillcolor", PersonaPalette.Rgba(p, 0.2))));
            trace.SetProperty("hovertemplate", personaNames[p] + "<br>%{y}: %{x:,.0f} customers (%{percentInitial:.0%} of the first stage, %{percentPrevious:.0%} of the step before)<extra></extra>");
            charts.Add(chart);
            axes.Add(("xaxis" + axis[1..], Json.O(
                ("domain", new[] { (p / (double)k) + (p == 0 ? 0 : gap / 2), ((p + 1) / (double)k) - (p == k - 1 ? 0 : gap / 2) }),
                ("showticklabels", false),
                ("showgrid", false),
                ("zeroline", false))));

            // The persona's name above its funnel (Plotly hides a funnel's value axis, title included).
            notes.Add(Json.O(
                ("text", "<b>" + Wrap(personaNames[p], 18) + "</b>"), ("xref", axis + " domain"), ("yref", "paper"),
                ("x", 0.5), ("y", 1.0), ("xanchor", "center"), ("yanchor", "bottom"), ("showarrow", false),
                ("font", Json.O(("color", PersonaPalette.Color(p)), ("size", 12)))));
            if (countsByPersona[p].All(c => c <= 0))
            {
                notes.Add(Json.O(
                    ("text", "No journey of this persona<br>reached the first stage"), ("xref", axis + " domain"), ("yref", "paper"),
                    ("x", 0.5), ("y", 0.5), ("showarrow", false), ("font", Json.O(("color", "#6B7280"), ("size", 12)))));
            }
        }

        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            "Stage funnel per persona (customers by the furthest stage they reach, % of the persona's first stage)",
            Math.Max(360, 160 + (stages.Count * 70)),
            [
                .. axes,
                ("yaxis", ChartStyle.Axis("Stage")),
                ("showlegend", false),
                ("annotations", notes),
                ("margin", Json.O(("t", 110), ("l", 70), ("r", 30), ("b", 30))),
            ]);
    }

    /// <summary>The transition heatmap: for each touchpoint, the probability of each next touchpoint, per persona (a
    /// drop-down switches between personas).</summary>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <param name="flowsByPersona">For each persona, its directly-follows edges.</param>
    /// <returns>A chart with one heatmap trace per persona (rows = from, columns = to, values = row-normalised probability).</returns>
    /// <exception cref="ArgumentException">The lists differ in length or a count is negative.</exception>
    public static GenericChart TransitionHeatmap(IReadOnlyList<string> personaNames, IReadOnlyList<IReadOnlyList<FlowEdge>> flowsByPersona)
    {
        RequireFlows(personaNames, flowsByPersona);
        var all = flowsByPersona.SelectMany(f => f).Where(e => e.Count > 0).ToArray();
        var from = NodesInOrder(all.Select(e => e.From));
        var to = NodesInOrder(all.Select(e => e.To));
        var charts = new List<GenericChart>(personaNames.Count);
        for (var p = 0; p < personaNames.Count; p++)
        {
            var z = from.Select(f =>
            {
                var outgoing = flowsByPersona[p].Where(e => e.Count > 0 && e.From == f).ToArray();
                var total = outgoing.Sum(e => e.Count);
                return (IEnumerable<double>)to.Select(t => total > 0 ? outgoing.Where(e => e.To == t).Sum(e => e.Count) / total : 0).ToArray();
            }).ToArray();
            var chart = CSharpChart.Heatmap<double, string, string, string>(z, X: to, Y: from, Name: personaNames[p], XGap: 2, YGap: 2);
            var trace = GenericChart.getTraces(chart).Single();
            trace.SetProperty("visible", p == 0);
            trace.SetProperty("zmin", 0.0);
            trace.SetProperty("zmax", 1.0);
            trace.SetProperty("colorscale", new object[][] { [0.0, "#F7FBFF"], [0.5, "#6BAED6"], [1.0, "#08306B"] });
            trace.SetProperty("texttemplate", "%{z:.0%}");
            trace.SetProperty("hovertemplate", "from %{y} to %{x}: %{z:.1%}<extra></extra>");
            trace.SetProperty("colorbar", Json.O(("title", Json.Title("P(next)")), ("tickformat", ".0%")));
            charts.Add(chart);
        }

        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            TransitionTitle(personaNames[0]),
            Math.Max(380, 140 + (40 * from.Length)),
            [
                ("xaxis", ChartStyle.Axis("Next touchpoint", ("side", "bottom"))),
                ("yaxis", ChartStyle.Axis("Touchpoint", ("autorange", "reversed"))),
                .. PersonaMenu(personaNames, TransitionTitle),
            ]);
    }

    /// <summary>Attribution by model as grouped bars: each touchpoint's share of the conversion credit under each model.</summary>
    /// <param name="touchpoints">The touchpoints (x axis).</param>
    /// <param name="models">One series per attribution model (first touch, last touch, linear, Markov...).</param>
    /// <param name="personaName">The persona these figures are for, or null for all customers.</param>
    /// <returns>A grouped bar chart with one trace per model.</returns>
    /// <exception cref="ArgumentException">A series does not have one credit per touchpoint.</exception>
    public static GenericChart Attribution(IReadOnlyList<string> touchpoints, IReadOnlyList<AttributionSeries> models, string? personaName = null)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(models);
        if (touchpoints.Count == 0 || models.Count == 0)
        {
            throw new ArgumentException("Expected at least one touchpoint and one model.", touchpoints.Count == 0 ? nameof(touchpoints) : nameof(models));
        }

        var charts = new List<GenericChart>(models.Count);
        for (var m = 0; m < models.Count; m++)
        {
            RequireCount(models[m].Credits, touchpoints.Count, $"credits for model '{models[m].Model}' (one per touchpoint)", nameof(models));
            var total = models[m].Credits.Sum();
            var shares = models[m].Credits.Select(c => total > 0 ? c / total * 100 : 0).ToArray();
            var chart = CSharpChart.Column<double, string, string>(
                shares,
                Keys: touchpoints.ToArray(),
                Name: models[m].Model,
                MultiText: shares.Select(s => Percent(s / 100)).ToArray(),
                MarkerColor: Color.fromHex(ModelColours[m % ModelColours.Length]));
            GenericChart.getTraces(chart).Single().SetProperty("textposition", "outside");
            charts.Add(chart);
        }

        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            "Attribution by model" + (personaName is null ? string.Empty : ": " + personaName),
            ChartStyle.DefaultHeight,
            ("barmode", "group"),
            ("xaxis", ChartStyle.Axis("Touchpoint")),
            ("yaxis", ChartStyle.Axis("Share of conversion credit (%)", ("rangemode", "tozero"))),
            ("legend", Json.O(("title", Json.Title("Model")), ("orientation", "h"), ("y", -0.2))));
    }

    private static string TransitionTitle(string persona) => "Next-touchpoint probabilities: " + persona;

    /// <summary>Breaks a label into lines of about <paramref name="width"/> characters at spaces (Plotly <c>&lt;br&gt;</c>).</summary>
    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return string.Join("<br>", lines);
    }

    private static string[] NodesInOrder(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return names.Where(seen.Add).ToArray();
    }

    private static void RequireFlows(IReadOnlyList<string> personaNames, IReadOnlyList<IReadOnlyList<FlowEdge>> flowsByPersona)
    {
        RequireNames(personaNames, nameof(personaNames));
        RequireCount(flowsByPersona, personaNames.Count, "edge lists (one per persona)", nameof(flowsByPersona));
        foreach (var e in flowsByPersona.SelectMany(f => f))
        {
            if (e.Count < 0 || double.IsNaN(e.Count))
            {
                throw new ArgumentException($"Expected a non-negative count on edge {e.From} -> {e.To}, found {e.Count}.", nameof(flowsByPersona));
            }
        }
    }

    /// <summary>A drop-down that shows one persona's trace at a time (traces are in persona order), or nothing for one persona.</summary>
    private static (string, object?)[] PersonaMenu(IReadOnlyList<string> personaNames, Func<string, string> title)
    {
        if (personaNames.Count < 2)
        {
            return [];
        }

        var buttons = personaNames.Select((name, p) => Json.O(
            ("label", name),
            ("method", "update"),
            ("args", new object[]
            {
                Json.O(("visible", personaNames.Select((_, q) => q == p).ToArray())),
                Json.O(("title.text", title(name))),
            }))).ToArray();
        return
        [
            ("updatemenus", new object[]
            {
                Json.O(("buttons", buttons), ("direction", "down"), ("x", 1), ("xanchor", "right"), ("y", 1.02), ("yanchor", "bottom"), ("showactive", true)),
            }),
        ];
    }
}
