using System.Text;
using Personas.Journeys;
using Personas.Profiling;

namespace Personas.Display;

internal static partial class DisplayText
{
    private const int TopPaths = 5;

    private static string JourneyMapHtml(JourneyMap map)
    {
        var o = map.Overall;
        var b = Open(
            I($"{o.Journeys:#,0} journeys of {o.Customers:#,0} customers, {o.Conversions:#,0} conversions"),
            I($"{o.Events:#,0} events; {o.VariantCount:#,0} distinct paths; counting: ") + E(map.Counting));
        b.Append("<div style=\"font-weight:600;margin-top:8px\">Most common paths</div>");
        Table(
            b,
            ["Path", "Journeys", "Share", "Conversion rate"],
            o.Variants.Take(TopPaths).Select(v => (IReadOnlyList<string>)[E(string.Join(" → ", v.Path)), I($"{v.Count:#,0}"), Fmt.Pct(v.Share), Fmt.Pct(v.ConversionRate)]),
            numeric: c => c > 0);
        if (o.StageFunnel.Steps.Count > 0)
        {
            b.Append("<div style=\"font-weight:600;margin-top:8px\">Stage funnel</div>");
            Table(
                b,
                ["Stage", "Reached", "Share of first", "Share of previous"],
                o.StageFunnel.Steps.Select(s => (IReadOnlyList<string>)[E(s.Step), I($"{s.Count:#,0}"), Fmt.Pct(s.ShareOfFirst), Fmt.Pct(s.ShareOfPrevious)]),
                numeric: c => c > 0);
        }

        if (map.ByPersona.Count > 0)
        {
            b.Append("<div style=\"font-weight:600;margin-top:8px\">By persona</div>");
            Table(
                b,
                ["Persona", "Journeys", "Conversions", "Conversion rate", "Typical path"],
                map.ByPersona.Select(kv => (IReadOnlyList<string>)
                [
                    E(kv.Key), I($"{kv.Value.Journeys:#,0}"), I($"{kv.Value.Conversions:#,0}"),
                    kv.Value.Journeys > 0 ? Fmt.Pct(kv.Value.ConvertingJourneys / (double)kv.Value.Journeys) : "-",
                    kv.Value.Paths.Typical is { } t ? E(string.Join(" → ", t.Path)) + " (" + Fmt.Pct(t.Share) + ")" : "no dominant path",
                ]),
                numeric: c => c is 1 or 2 or 3);
        }

        return Close(b);
    }

    private static string JourneyMapPlain(JourneyMap map)
    {
        var o = map.Overall;
        var b = new StringBuilder(I($"JourneyMap: {o.Journeys:#,0} journeys of {o.Customers:#,0} customers, {o.Conversions:#,0} conversions, {map.ByPersona.Count} personas"));
        foreach (var v in o.Variants.Take(TopPaths))
        {
            b.Append(I($"\n  {v.Count,8:#,0}  {string.Join(" > ", v.Path)}"));
        }

        return b.ToString();
    }
}
