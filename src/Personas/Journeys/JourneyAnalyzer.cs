using System.Globalization;

namespace Personas.Journeys;

/// <summary>Maps journeys from an event log: path variants, directly-follows graph with timings, stage funnel, bottlenecks, funnels and attribution, overall and per persona.</summary>
/// <example>
/// <code>
/// var log = EventLogReader.ReadFile("touchpoints.csv");
/// var map = JourneyAnalyzer.Analyze(log, new JourneyOptions { InactivityGap = TimeSpan.FromDays(14) }, personaByCustomer);
/// Console.WriteLine(map.Overall.Findings.BottleneckStage);
/// foreach (var s in map.PersonaComparison["P1"].Describe("Premium researchers")) Console.WriteLine(s);
/// </code>
/// </example>
public static class JourneyAnalyzer
{
    /// <summary>Analyses the journeys of an event log.</summary>
    /// <param name="log">The events.</param>
    /// <param name="options">How journeys are counted and analysed; null for the defaults.</param>
    /// <param name="personaByCustomer">Each customer's persona id, or null. Customers without one count only in the overall summary.</param>
    /// <param name="progress">Receives progress (stages <c>journeys</c>, <c>journeys overall</c>, <c>journeys persona ID</c>), or null.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The journey map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static JourneyMap Analyze(EventLog log, JourneyOptions? options = null, IReadOnlyDictionary<string, string>? personaByCustomer = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= new JourneyOptions();
        options.Validate();
        progress?.Report(new PersonasProgress("journeys", 0));
        var set = new JourneySet(log, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var calculator = new SummaryCalculator(set);
        var all = Enumerable.Range(0, set.Count).ToArray();
        var overall = calculator.Compute(all, log.Exclusions.Count, cancellationToken);
        progress?.Report(new PersonasProgress("journeys overall", 1));

        var byPersona = new Dictionary<string, JourneySummary>(StringComparer.Ordinal);
        var comparison = new Dictionary<string, PersonaJourneyComparison>(StringComparer.Ordinal);
        long unassigned = set.Count;
        if (personaByCustomer is not null)
        {
            var personas = personaByCustomer.Values.Distinct(StringComparer.Ordinal).Order(NaturalComparer.Instance).ToArray();
            var personaIndex = personas.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            var customerPersona = log.Customers.Select(c => personaByCustomer.TryGetValue(c, out var id) ? personaIndex[id] : -1).ToArray();
            var journeyPersona = set.Customer.Select(c => customerPersona[c]).ToArray();
            unassigned = journeyPersona.Count(q => q < 0);
            var excluded = new long[personas.Length];
            foreach (var row in log.Exclusions)
            {
                if (row.CustomerId is not null && personaByCustomer.TryGetValue(row.CustomerId, out var id))
                {
                    excluded[personaIndex[id]]++;
                }
            }

            for (var q = 0; q < personas.Length; q++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var subset = Enumerable.Range(0, set.Count).Where(j => journeyPersona[j] == q).ToArray();
                byPersona[personas[q]] = calculator.Compute(subset, excluded[q], cancellationToken);
                progress?.Report(new PersonasProgress("journeys persona " + personas[q], (q + 1.0) / personas.Length));
            }

            foreach (var (id, c) in PersonaComparer.Compare(set, personas, journeyPersona, byPersona, cancellationToken))
            {
                comparison[id] = c;
            }
        }

        return new JourneyMap
        {
            Source = log.Source,
            Counting = set.Describe(),
            Split = set.Split,
            StageFunnelRule = set.DescribeStageFunnel(),
            AttributionRule = set.DescribeAttribution(),
            PostPurchaseTouchpoints = set.PostPurchaseTouchpoints,
            EventsOutsideJourneys = set.OutsideJourneys,
            StageNames = set.StageNames,
            Ties = log.TieCount,
            EventsOutsideLookback = set.OutsideLookback,
            Overall = overall,
            ByPersona = byPersona,
            PersonaComparison = comparison,
            UnassignedJourneys = unassigned,
        };
    }

    /// <summary>Orders ids with numbers by value (P2 before P10).</summary>
    private sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return string.CompareOrdinal(x, y);
            }

            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var si = i;
                    var sj = j;
                    while (i < x.Length && char.IsAsciiDigit(x[i]))
                    {
                        i++;
                    }

                    while (j < y.Length && char.IsAsciiDigit(y[j]))
                    {
                        j++;
                    }

                    var a = x[si..i].TrimStart('0');
                    var b = y[sj..j].TrimStart('0');
                    var c = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                    if (c != 0)
                    {
                        return c;
                    }

                    continue;
                }

                if (x[i] != y[j])
                {
                    return x[i].CompareTo(y[j]);
                }

                i++;
                j++;
            }

            var rest = (x.Length - i).CompareTo(y.Length - j);
            return rest != 0 ? rest : string.CompareOrdinal(x, y);
        }
    }
}
