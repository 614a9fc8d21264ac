using System.Globalization;
using System.Text;
using Personas.Reporting;

namespace Personas.Journeys.Attribution;

/// <summary>
/// The reports of <c>personas attribution</c> besides the JSON: <c>attribution.csv</c> (one row per channel: each
/// model's conversions and share of the credit) and the text of <c>attribution.html</c> (the chart is added by
/// <c>Personas.Charts.ReportCharts.AttributionPage</c>).
/// </summary>
/// <example>
/// <code>
/// var result = AttributionModels.Compute(PathFileReader.ReadFile("paths.csv"));
/// File.WriteAllText("attribution.csv", AttributionReport.ToCsv(result));
/// </code>
/// </example>
public static class AttributionReport
{
    /// <summary>The CSV header: <c>channel</c>, then per model (<c>first_touch</c>, <c>last_touch</c>, <c>linear</c>, <c>time_decay</c>, <c>position_based</c>, <c>markov</c>) its conversions and share, then the Markov removal effect.</summary>
    public const string CsvHeader = "channel,first_touch_conversions,first_touch_share,last_touch_conversions,last_touch_share,linear_conversions,linear_share,time_decay_conversions,time_decay_share,position_based_conversions,position_based_share,markov_conversions,markov_share,markov_removal_effect";

    /// <summary>
    /// <c>attribution.csv</c>: one row per channel (most Markov credit first, ties by name), each model's credited
    /// conversions and share of all credit (0 to 1), then the Markov removal effect; numbers round-trip
    /// (invariant culture); time-decay cells are empty when touch times are unknown (aggregated paths).
    /// </summary>
    /// <param name="result">The attribution result.</param>
    /// <returns>The CSV text with a header line (LF line endings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToCsv(AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var models = Models(result);
        var b = new StringBuilder(CsvHeader).Append('\n');
        foreach (var channel in Channels(result))
        {
            b.Append(SafeText.CsvCell(channel));
            foreach (var (_, credit) in models)
            {
                if (credit is null)
                {
                    b.Append(",,");
                    continue;
                }

                var total = credit.Values.Sum();
                var value = credit.GetValueOrDefault(channel);
                b.Append(',').Append(N(value)).Append(',').Append(N(total > 0 ? value / total : 0));
            }

            b.Append(',').Append(N(result.Markov.RemovalEffects.GetValueOrDefault(channel))).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>The attribution report as a self-contained HTML page without the chart (<c>Personas.Charts.ReportCharts.AttributionPage</c> adds it).</summary>
    /// <param name="result">The attribution result.</param>
    /// <param name="source">Where the paths came from (a file name), shown in the heading.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToHtml(AttributionResult result, string source)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(source);
        var doc = new ReportDocument("Attribution", string.Create(CultureInfo.InvariantCulture, $"{result.Paths:#,0} paths in {source}: {result.Conversions:#,0.##} conversions, {result.Nulls:#,0.##} paths without one."));
        doc.Heading("Share of the conversion credit by model");
        AddShares(doc, result);
        doc.Heading("Credited conversions by model");
        var models = Models(result);
        doc.Table(
            ["Touchpoint", .. models.Select(m => m.Name), "Markov removal effect"],
            Channels(result).Select(c => (IReadOnlyList<string>)[c, .. models.Select(m => m.Credit is null ? "-" : F(m.Credit.GetValueOrDefault(c))), JourneyReport.Pct(result.Markov.RemovalEffects.GetValueOrDefault(c))]));
        doc.Note("Models", "first touch and last touch give a conversion to one touch; linear shares it equally; time decay halves a touch's weight every half-life before the conversion; position based gives 40% to the first and the last touch and 20% to those between; Markov credits each touchpoint by its removal effect (how many conversions the chain loses without it)")
            .Note("Markov chain", string.Create(CultureInfo.InvariantCulture, $"order {result.Markov.Order}, {result.Markov.StateCount:#,0} states, conversion probability {result.Markov.ConversionProbability:0.####}"));
        if (result.TimeDecay is null)
        {
            doc.Note("Time decay", "not computed: aggregated paths carry no touch times");
        }

        return doc.ToHtml();
    }

    /// <summary>Adds the table of each model's share of the credit per touchpoint.</summary>
    internal static void AddShares(ReportDocument doc, AttributionResult result)
    {
        var models = Models(result);
        var totals = models.Select(m => m.Credit?.Values.Sum() ?? 0).ToArray();
        doc.Table(
            ["Touchpoint", .. models.Select(m => m.Name)],
            Channels(result).Select(c => (IReadOnlyList<string>)[c, .. models.Select((m, k) => m.Credit is null ? "-" : JourneyReport.Pct(totals[k] > 0 ? m.Credit.GetValueOrDefault(c) / totals[k] : 0))]));
    }

    /// <summary>The models in report order; a model without a result (time decay on aggregated paths) has a null credit.</summary>
    internal static (string Name, IReadOnlyDictionary<string, double>? Credit)[] Models(AttributionResult r) =>
    [
        ("First touch", r.FirstTouch.Conversions), ("Last touch", r.LastTouch.Conversions), ("Linear", r.Linear.Conversions),
        ("Time decay", r.TimeDecay?.Conversions), ("Position based", r.PositionBased.Conversions), ("Markov", r.Markov.Conversions),
    ];

    /// <summary>The channels, most Markov credit first (ties by name).</summary>
    internal static string[] Channels(AttributionResult r) =>
        r.FirstTouch.Conversions.Keys.Union(r.Markov.Conversions.Keys, StringComparer.Ordinal)
            .OrderByDescending(c => r.Markov.Conversions.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal).ToArray();

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
