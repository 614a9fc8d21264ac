using System.Globalization;
using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>
/// The journey report of <c>personas journeys</c>: <c>journeys.md</c> and the text of <c>journeys.html</c> (the
/// charts are added by <c>Personas.Charts.ReportCharts.JourneysPage</c>). It states how journeys, the stage funnel and
/// attribution count, then each persona's journey in sentences and tables, the stage funnel, the paths, attribution and
/// the most frequent steps. Personas are named by the given names (for example from
/// <c>assignments.csv</c>), else by their ids.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("out/journeys.md", JourneyReport.ToMarkdown(map, new Dictionary&lt;string, string&gt; { ["P1"] = "Premium researchers" }));
/// </code>
/// </example>
public static class JourneyReport
{
    private const int TopRows = 10;

    /// <summary>The report as Markdown (<c>journeys.md</c>).</summary>
    /// <param name="map">The journey map.</param>
    /// <param name="personaNames">A display name per persona id, or null to use the ids.</param>
    /// <returns>The Markdown text (LF line endings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static string ToMarkdown(JourneyMap map, IReadOnlyDictionary<string, string>? personaNames = null) => Build(map, personaNames).ToMarkdown();

    /// <summary>The report as a self-contained HTML page without charts (<c>Personas.Charts.ReportCharts.JourneysPage</c> adds them).</summary>
    /// <param name="map">The journey map.</param>
    /// <param name="personaNames">A display name per persona id, or null to use the ids.</param>
    /// <returns>The HTML page; its Content-Security-Policy allows no script until charts are inserted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static string ToHtml(JourneyMap map, IReadOnlyDictionary<string, string>? personaNames = null) => Build(map, personaNames).ToHtml();

    /// <summary>The display name of a persona id.</summary>
    internal static string NameOf(string id, IReadOnlyDictionary<string, string>? personaNames) =>
        personaNames is not null && personaNames.TryGetValue(id, out var name) && !string.IsNullOrWhiteSpace(name) ? name : id;

    private static ReportDocument Build(JourneyMap map, IReadOnlyDictionary<string, string>? personaNames)
    {
        ArgumentNullException.ThrowIfNull(map);
        var o = map.Overall;
        var source = map.Source.Length > 0 ? " in " + map.Source : string.Empty;
        var doc = new ReportDocument("Journeys", I($"{o.Journeys:#,0} journeys of {o.Customers:#,0} customers{source}; {Pct(o.Journeys > 0 ? o.ConvertingJourneys / (double)o.Journeys : 0)} end in a purchase."));
        doc.Paragraph("How journeys are counted: " + map.Counting + ".")
            .Paragraph("Stage funnel: " + map.StageFunnelRule + ".")
            .Paragraph("Attribution: " + map.AttributionRule + ".");
        var personas = map.ByPersona.Keys.ToArray();
        if (personas.Length > 0)
        {
            Glance(doc, map, personas, personaNames);
            foreach (var id in personas)
            {
                Persona(doc, map, id, NameOf(id, personaNames));
            }
        }

        Funnel(doc, map, personas, personaNames);
        Paths(doc, o.Paths);
        doc.Heading("Attribution (all customers)")
            .Paragraph(I($"{o.Attribution.Conversions:#,0} conversions over {o.Attribution.Paths:#,0} journeys; each model's share of the conversion credit."));
        AttributionReport.AddShares(doc, o.Attribution);
        doc.Heading("Most frequent steps inside journeys")
            .Paragraph("Every event counts here, repeats included (the directly-follows graph).")
            .Table(["From", "To", "Times", "Median wait"], o.Dfg.Edges.Take(15).Select(e => (IReadOnlyList<string>)[e.From, e.To, I($"{e.Count:#,0}"), JourneySentences.Duration(e.MedianSeconds)]), 2);
        Notes(doc, map);
        return doc;
    }

    private static void Glance(ReportDocument doc, JourneyMap map, string[] personas, IReadOnlyDictionary<string, string>? names)
    {
        var rows = personas.Select(id => Row(NameOf(id, names), map.ByPersona[id]))
            .Append(Row("All customers", map.Overall));
        doc.Heading("Personas at a glance")
            .Table(["Persona", "Typical path", "Customers", "Journeys", "Journeys with a purchase", "Customers who buy", "Buy again"], rows, 2);

        static IReadOnlyList<string> Row(string name, JourneySummary s)
        {
            var typical = s.Paths.Typical is { } t ? string.Join(" > ", t.Path) + " (" + Pct(t.Share) + ")" : "no dominant path";
            return
            [
                name, typical, I($"{s.Customers:#,0}"), I($"{s.Journeys:#,0}"), Pct(s.Journeys > 0 ? s.ConvertingJourneys / (double)s.Journeys : 0),
                s.Findings.BuyingShare is { } b ? Pct(b) : "-", s.Findings.RepurchaseShare is { } r ? Pct(r) : "-",
            ];
        }
    }

    private static void Persona(ReportDocument doc, JourneyMap map, string id, string name)
    {
        doc.Heading(name == id ? id : $"{name} ({id})");
        if (map.PersonaComparison.TryGetValue(id, out var c))
        {
            doc.Bullets(c.CardSentences(name));
            if (c.Differences.Count > 0)
            {
                doc.Table(
                    ["Touchpoint or step", name, "Other personas", "Effect size h", "q"],
                    c.Differences.Take(TopRows).Select(d => (IReadOnlyList<string>)[d.Item, Pct(d.PersonaShare), Pct(d.OtherShare), I($"{d.EffectSize:0.00}"), I($"{d.QValue:G2}")]));
            }

            if (c.SlowerWaits.Count > 0)
            {
                doc.Table(
                    ["Step inside journeys", name + " (median)", "Other personas (median)", "Times as long", "Journeys", "Other journeys"],
                    c.SlowerWaits.Take(TopRows).Select(s => (IReadOnlyList<string>)[
                        (s.FromPurchase ? "purchase on " : string.Empty) + s.From + " > " + (s.ToPurchase ? "purchase on " : string.Empty) + s.To,
                        JourneySentences.Duration(s.PersonaMedianSeconds), JourneySentences.Duration(s.OthersMedianSeconds), I($"{s.Ratio:0.0}"), I($"{s.Count:#,0}"), I($"{s.OthersCount:#,0}")]));
            }
        }
    }

    private static void Funnel(ReportDocument doc, JourneyMap map, string[] personas, IReadOnlyDictionary<string, string>? names)
    {
        var steps = map.Overall.StageFunnel.Steps;
        if (steps.Count == 0)
        {
            return;
        }

        var summaries = personas.Select(id => map.ByPersona[id].StageFunnel).Append(map.Overall.StageFunnel).ToArray();
        var headers = new[] { "Stage" }.Concat(personas.Select(id => NameOf(id, names))).Append("All customers").ToArray();
        doc.Heading("Stage funnel")
            .Paragraph("Customers reaching each step, with the share of the first step.")
            .Table(headers, steps.Select((step, k) => (IReadOnlyList<string>)[step.Step, .. summaries.Select(f => k < f.Steps.Count ? I($"{f.Steps[k].Count:#,0} ({Pct(f.Steps[k].ShareOfFirst)})") : "-")]));
    }

    private static void Paths(ReportDocument doc, JourneyPaths p)
    {
        doc.Heading("Paths (all customers)")
            .Paragraph(I($"A path runs from the first touch to the purchase; a path is called typical only when it covers at least {Pct(p.MinShare)} of its journeys."));
        if (p.Converting.Count > 0)
        {
            doc.Heading(I($"Journeys with a purchase ({p.ConvertingJourneys:#,0})"), 3)
                .Table(["Path", "Journeys", "Share"], p.Converting.Take(TopRows).Select(v => (IReadOnlyList<string>)[string.Join(" > ", v.Path), I($"{v.Count:#,0}"), Pct(v.Share)]));
        }

        if (p.Abandoned.Count > 0)
        {
            doc.Heading(I($"Journeys without a purchase ({p.AbandonedJourneys:#,0})"), 3)
                .Table(["Path", "Journeys", "Share"], p.Abandoned.Take(TopRows).Select(v => (IReadOnlyList<string>)[string.Join(" > ", v.Path), I($"{v.Count:#,0}"), Pct(v.Share)]));
        }

        doc.Heading("Where journeys start and where people buy", 3)
            .Table(["Touchpoint", "Journeys starting there", "Purchases there"], p.Entries.Select(e => e.Touchpoint).Union(p.PurchaseTouchpoints.Select(e => e.Touchpoint), StringComparer.Ordinal)
                .Select(t => (IReadOnlyList<string>)[t, Share(p.Entries, t), Share(p.PurchaseTouchpoints, t)]));

        static string Share(IReadOnlyList<TouchpointShare> shares, string t) => shares.FirstOrDefault(s => s.Touchpoint == t) is { } s ? I($"{s.Count:#,0} ({Pct(s.Share)})") : "-";
    }

    private static void Notes(ReportDocument doc, JourneyMap map)
    {
        doc.Note("Journeys", map.Counting)
            .Note("Stage funnel", map.StageFunnelRule)
            .Note("Attribution", map.AttributionRule)
            .Note("Equal timestamps", I($"{map.Ties:#,0} events share their time with the event before them; they keep their input (or sequence) order"));
        if (map.EventsOutsideLookback > 0)
        {
            doc.Note("Lookback", I($"{map.EventsOutsideLookback:#,0} events fall outside the lookback window"));
        }

        if (map.Overall.UnmappedTouchpoints.Count > 0)
        {
            doc.Note("Touchpoints without a stage", string.Join(", ", map.Overall.UnmappedTouchpoints.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => I($"{kv.Key} ({kv.Value:#,0})"))));
        }

        if (map.UnassignedJourneys > 0 && map.ByPersona.Count > 0)
        {
            doc.Note("Without a persona", I($"{map.UnassignedJourneys:#,0} journeys of customers without a persona count only for all customers"));
        }
    }

    internal static string Pct(double share) => JourneySentences.Percent(share) + "%";

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
