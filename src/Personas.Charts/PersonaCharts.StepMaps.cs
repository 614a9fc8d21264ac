using System.Globalization;
using Personas.Journeys;
using Personas.Profiling;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>The name of the overall journey map in the selector.</summary>
    public const string AllCustomers = "All customers";

    private const string BoughtColour = "#2A9D8F";
    private const string NotBoughtColour = "#6B7280";
    private const string OtherColour = "#9CA3AF";
    private const string LostFlow = "rgba(156,163,175,0.45)";

    /// <summary>
    /// The journey map: each journey's path step by step (columns "step 1" to "step N", then "bought" or "did not buy"),
    /// drawn as a Sankey diagram without cycles or self-loops, so every flow runs left to right. Flows that end in a
    /// purchase are coloured, the others grey; rare touchpoints at a step are grouped as "other". A selector switches
    /// between all customers and each persona.
    /// </summary>
    /// <param name="journeys">The journey map (its <see cref="JourneySummary.StepMap"/> overall and per persona).</param>
    /// <param name="personas">The persona set, for names and colours; null to use the persona ids of the journey map.</param>
    /// <returns>A chart with one Sankey trace for all customers (visible) and one per persona.</returns>
    /// <exception cref="ArgumentException">The journey map has no journeys to draw.</exception>
    /// <example><code>PersonaCharts.JourneyMap(journeys, result.Personas)</code></example>
    public static GenericChart JourneyMap(Personas.Journeys.JourneyMap journeys, PersonaSet? personas = null) =>
        JourneyMap(journeys, journeys?.ByPersona.Count > 0 ? ByPersona(journeys, personas) : ([], []));

    /// <summary>The journey map with a selector for all customers and each persona, personas named by <paramref name="personaNames"/> (for example from <c>assignments.csv</c>).</summary>
    /// <param name="journeys">The journey map.</param>
    /// <param name="personaNames">A display name per persona id (ids without one keep the id).</param>
    /// <returns>A chart with one Sankey trace for all customers (visible) and one per persona.</returns>
    /// <exception cref="ArgumentException">The journey map has no journeys to draw.</exception>
    public static GenericChart JourneyMap(Personas.Journeys.JourneyMap journeys, IReadOnlyDictionary<string, string> personaNames) =>
        JourneyMap(journeys, journeys?.ByPersona.Count > 0 ? ByPersona(journeys, personaNames) : ([], []));

    private static GenericChart JourneyMap(Personas.Journeys.JourneyMap? journeys, (string[] Names, JourneySummary?[] Summaries) personas)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var names = new List<string> { AllCustomers };
        var maps = new List<JourneyStepMap> { journeys.Overall.StepMap };
        var colours = new List<int> { -1 };
        {
            var (personaNames, summaries) = personas;
            for (var p = 0; p < personaNames.Length; p++)
            {
                if (summaries[p] is { } s && s.StepMap.Journeys > 0)
                {
                    names.Add(personaNames[p]);
                    maps.Add(s.StepMap);
                    colours.Add(p);
                }
            }
        }

        return StepMapChart(names, maps, colours);
    }

    /// <summary>Journey maps from step maps (for example one per persona, in persona order; colours by position).</summary>
    /// <param name="names">The name of each map in the selector.</param>
    /// <param name="maps">The step maps.</param>
    /// <returns>A chart with one Sankey trace per map (the first visible) and a selector.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, or a map has no journeys or a link that does not point forward.</exception>
    public static GenericChart JourneyMap(IReadOnlyList<string> names, IReadOnlyList<JourneyStepMap> maps)
    {
        RequireNames(names, nameof(names));
        RequireCount(maps, names.Count, "step maps (one per name)", nameof(maps));
        return StepMapChart(names, maps, Enumerable.Range(0, names.Count).ToArray());
    }

    private static GenericChart StepMapChart(IReadOnlyList<string> names, IReadOnlyList<JourneyStepMap> maps, IReadOnlyList<int> colours)
    {
        var traces = new List<Trace>(maps.Count);
        var notes = new List<object[]>(maps.Count);
        var most = 0;
        for (var m = 0; m < maps.Count; m++)
        {
            var map = maps[m] ?? throw new ArgumentException($"Expected a step map for '{names[m]}', found null.", nameof(maps));
            if (map.Journeys == 0 || map.Nodes.Count == 0)
            {
                throw new ArgumentException($"Expected journeys to draw for '{names[m]}', found none.", nameof(maps));
            }

            if (map.Links.Any(l => (uint)l.From >= (uint)map.Nodes.Count || (uint)l.To >= (uint)map.Nodes.Count || map.Nodes[l.To].Column <= map.Nodes[l.From].Column))
            {
                throw new ArgumentException($"Expected every link of '{names[m]}' to point to a later column.", nameof(maps));
            }

            traces.Add(StepTrace(names[m], map, colours[m], m == 0));
            notes.Add(ColumnNotes(map));
            most = Math.Max(most, map.Nodes.GroupBy(n => n.Column).Max(g => g.Count()));
        }

        var title = (string name) => "Journey map, step by step: " + name;
        var caption = Json.O(
            ("text", string.Create(CultureInfo.InvariantCulture, $"Each journey's path from its first touch to its outcome; coloured flows end in a purchase, grey flows do not. Touchpoints taken by under {maps[0].MinShare:0.#%} of the journeys at a step are grouped as \"other\".")),
            ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", -0.06), ("xanchor", "left"), ("yanchor", "top"), ("showarrow", false),
            ("font", Json.O(("size", 11), ("color", "#6B7280"))));
        var annotations = (int m) => notes[m].Append(caption).ToArray();
        (string, object?)[] menu = maps.Count < 2 ? [] :
        [
            ("updatemenus", new object[]
            {
                Json.O(
                    ("buttons", names.Select((name, m) => Json.O(
                        ("label", name),
                        ("method", "update"),
                        ("args", new object[]
                        {
                            Json.O(("visible", names.Select((_, k) => k == m).ToArray())),
                            Json.O(("title.text", title(name)), ("annotations", annotations(m))),
                        }))).ToArray()),
                    ("direction", "down"), ("x", 1), ("xanchor", "right"), ("y", 1.08), ("yanchor", "bottom"), ("showactive", true)),
            }),
        ];
        return ChartStyle.Finish(
            ChartStyle.FromTraces(traces),
            title(names[0]),
            Math.Max(560, 200 + (34 * most)),
            [
                ("annotations", annotations(0)),
                ("margin", Json.O(("t", 110), ("l", 30), ("r", 30), ("b", 60))),
                .. menu,
            ]);
    }

    private static Trace StepTrace(string name, JourneyStepMap map, int colour, bool visible)
    {
        var persona = colour >= 0 ? PersonaPalette.Color(colour) : "#264653";
        var flow = colour >= 0 ? PersonaPalette.Rgba(colour, 0.55) : "rgba(42,157,143,0.55)";
        var nodes = map.Nodes;
        var trace = new Trace("sankey");
        trace.SetProperty("name", name);
        trace.SetProperty("visible", visible);
        trace.SetProperty("arrangement", "snap");
        trace.SetProperty("valueformat", ",.0f");
        trace.SetProperty("node", Json.O(
            ("label", nodes.Select(n => n.Label).ToArray()),
            ("color", nodes.Select(n => n.Kind switch
            {
                StepNodeKind.Bought => BoughtColour,
                StepNodeKind.DidNotBuy => NotBoughtColour,
                StepNodeKind.Other => OtherColour,
                _ => persona,
            }).ToArray()),
            ("customdata", nodes.Select(n => n.Column == map.Steps ? "outcome" : "step " + (n.Column + 1).ToString(CultureInfo.InvariantCulture)).ToArray()),
            ("hovertemplate", "%{customdata}: %{label}<br>%{value:,.0f} journeys<extra></extra>"),
            ("pad", 12),
            ("thickness", 18),
            ("line", Json.O(("color", "#ffffff"), ("width", 1)))));

        // Each link is drawn twice: the journeys that end in a purchase (coloured), then the others (grey).
        var links = map.Links.SelectMany(l => new[] { (l.From, l.To, Count: l.Converting, Bought: true), (l.From, l.To, Count: l.Count - l.Converting, Bought: false) })
            .Where(l => l.Count > 0).ToArray();
        trace.SetProperty("link", Json.O(
            ("source", links.Select(l => l.From).ToArray()),
            ("target", links.Select(l => l.To).ToArray()),
            ("value", links.Select(l => l.Count).ToArray()),
            ("color", links.Select(l => l.Bought ? flow : LostFlow).ToArray()),
            ("customdata", links.Select(l => l.Bought ? "end in a purchase" : "end without a purchase").ToArray()),
            ("hovertemplate", "%{source.label} to %{target.label}: %{value:,.0f} journeys that %{customdata}<extra></extra>")));
        return trace;
    }

    /// <summary>Column headings ("step 1" ... "outcome") above the columns Plotly lays out evenly from left to right.</summary>
    private static object[] ColumnNotes(JourneyStepMap map)
    {
        var steps = map.Nodes.Where(n => n.Column < map.Steps).Select(n => n.Column).Distinct().Order().ToArray();
        var labels = steps.Select(c => "step " + (c + 1).ToString(CultureInfo.InvariantCulture))
            .Append("outcome").ToArray();
        return labels.Select((text, i) => (object)Json.O(
            ("text", "<b>" + text + "</b>"), ("xref", "paper"), ("yref", "paper"),
            ("x", labels.Length == 1 ? 0.5 : i / (double)(labels.Length - 1)), ("y", 1.02),
            ("xanchor", i == 0 ? "left" : i == labels.Length - 1 ? "right" : "center"), ("yanchor", "bottom"),
            ("showarrow", false), ("font", Json.O(("size", 12), ("color", "#374151"))))).ToArray();
    }
}
