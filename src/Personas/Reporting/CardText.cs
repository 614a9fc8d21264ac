using System.Globalization;
using Personas.Profiling;

namespace Personas.Reporting;

/// <summary>The plain-text pieces shared by the Markdown and HTML cards (escaping is the renderer's job).</summary>
internal static class CardText
{
    private static readonly string[][] ChannelPatterns = [["channel"], ["touchpoint"], ["medium"], ["contact"]];

    internal static string Label(Trait t) => t.Level is null ? t.Feature : $"{t.Feature} = {t.Level}";

    internal static string Value(Trait t, bool persona)
    {
        if (t.Kind == TraitKind.Categorical)
        {
            return Fmt.Pct(persona ? t.PersonaValue : t.RestValue);
        }

        var mean = Fmt.Num(persona ? t.PersonaValue : t.RestValue);
        var median = persona ? t.PersonaMedian : t.RestMedian;
        return median is { } m ? $"{mean} (median {Fmt.Num(m)})" : mean;
    }

    internal static string Evidence(Trait t) => $"{Fmt.EffectSymbol(t.Kind)} = {Fmt.Effect(t.EffectSize)} [{Fmt.Effect(t.CiLow)}, {Fmt.Effect(t.CiHigh)}]";

    internal static string Lift(Trait t) => t.Lift is { } l ? Fmt.Ratio(l) : "-";

    /// <summary>The levels of channel-like categorical features (preferred_channel, contact...), most common in the persona first.</summary>
    internal static IReadOnlyList<Trait> Channels(Persona p) => p.Comparisons
        .Where(t => t.Kind == TraitKind.Categorical && t.Level is not null)
        .Where(t => ChannelPatterns.Any(pattern => NameTokens.Matches(NameTokens.Split(t.Feature), pattern)))
        .OrderByDescending(t => t.PersonaValue).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal)
        .Take(4)
        .ToArray();

    /// <summary>How an outcome is named on a card: <c>Churn</c> for a yes/no column, <c>y = yes</c> for a level, with a note for columns known only afterwards.</summary>
    internal static string OutcomeName(string outcome, string? level, bool leakage) =>
        (level is null or "yes" ? outcome : $"{outcome} = {level}") + (leakage ? " (known only after the outcome)" : string.Empty);

    internal static string OutcomeName(OutcomeKpi k) => OutcomeName(k.Outcome, k.Level, k.IsLeakage);

    internal static string OutcomeValue(OutcomeKpi k, bool persona) => k.IsRate ? Fmt.Pct(persona ? k.PersonaValue : k.RestValue) : Fmt.Num(persona ? k.PersonaValue : k.RestValue);

    internal static string OutcomeInterval(OutcomeKpi k) => k.IsRate ? $"{Fmt.Pct(k.CiLow)} to {Fmt.Pct(k.CiHigh)}" : $"{Fmt.Num(k.CiLow)} to {Fmt.Num(k.CiHigh)}";

    internal static string OutcomeRatio(OutcomeKpi k) => k.Lift is { } l ? Fmt.Ratio(l) : "-";

    internal static string Share(double? share) => share is { } s ? Fmt.Pct(s) : "-";

    internal static string Header(Persona p)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{p.Size:#,0} customers ({Fmt.Pct(p.Share)})");
        if (p.ValueShare is { } vs)
        {
            text += $" · value share {Fmt.Pct(vs)}";
            if (p.ValuePerCustomerRatio is { } r)
            {
                text += $" ({Fmt.Ratio(r)} per customer)";
            }
        }

        return text;
    }

    internal static string Confidence(Persona p)
    {
        var parts = new List<string>();
        if (p.Quality.Silhouette is { } s)
        {
            parts.Add($"silhouette {Fmt.Effect(s)} ({SilhouetteWord(s)})");
        }

        if (p.Quality.Stability is { } st)
        {
            parts.Add($"stability {Fmt.Effect(st)} ({StabilityWord(st)})");
        }

        return parts.Count == 0 ? "no quality measures were supplied" : string.Join(", ", parts);
    }

    // Kaufman and Rousseeuw's rule of thumb for silhouettes; Hennig's for Jaccard stability.
    internal static string SilhouetteWord(double s) => s >= 0.5 ? "clear" : s >= 0.25 ? "moderate" : "weak";

    internal static string StabilityWord(double s) => s >= 0.85 ? "stable" : s >= 0.6 ? "fairly stable" : "unstable";

    internal static string Method(PersonaSet set) =>
        $"Each persona is compared with all other customers: numeric features by Hedges' g (95% CI) and Welch's t-test, " +
        $"categorical levels by Cohen's h (95% CI) and a two-proportion z-test. P-values are adjusted with Benjamini-Hochberg " +
        $"over all {set.TestCount} tests; a trait needs q < {set.SignificanceLevel.ToString(CultureInfo.InvariantCulture)} and |effect size| >= {Fmt.Effect(set.MinEffectSize)}. " +
        $"Personas under {set.MinPersonaSize} customers are not described in detail.";

    internal static IEnumerable<(string Label, string Value)> Footer(PersonaSet set, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return ("Data file", info.DataFile);
        yield return ("Rows", string.Create(inv, $"{info.RowsRead:#,0} read, {info.RowsUsed:#,0} used, {info.RowsExcluded:#,0} excluded"));
        yield return ("Personas", string.Create(inv, $"k = {info.K}: {info.KReason}"));
        if (info.Silhouette is not null || info.Stability is not null)
        {
            var parts = new List<string>();
            if (info.Silhouette is { } s)
            {
                parts.Add($"silhouette {Fmt.Effect(s)}");
            }

            if (info.Stability is { } st)
            {
                parts.Add($"stability {Fmt.Effect(st)}");
            }

            yield return ("Overall quality", string.Join(", ", parts));
        }

        yield return ("Value column", set.ValueColumn ?? "none: " + set.ValueReason);
        foreach (var o in set.Outcomes)
        {
            yield return ("Outcome", $"{OutcomeName(o.Outcome, o.Level, o.IsLeakage)}: {(o.IsRate ? Fmt.Pct(o.Overall) : Fmt.Num(o.Overall))} overall ({o.Reason})");
        }

        if (info.JourneyCounting is { Length: > 0 } counting)
        {
            yield return ("Journeys", counting);
        }

        foreach (var q in set.DataQuality)
        {
            yield return ("Data quality", q.Description);
        }

        yield return ("Seed", info.Seed.ToString(inv));
        yield return ("Library", "Personas " + info.LibraryVersion);
        yield return ("Created", info.CreatedAt.ToString("yyyy-MM-dd HH:mm zzz", inv));
    }
}
