namespace Personas.Profiling;

/// <summary>
/// The default narrator: deterministic sentences, each tied to a statistic shown on the card (size and share, value
/// share, the strongest traits with their effect sizes, quality).
/// </summary>
public sealed class StatisticsNarrator : IPersonaNarrator
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> NarrateAsync(Persona persona, PersonaSet set, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(set);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Narrate(persona, set));
    }

    internal static IReadOnlyList<string> Narrate(Persona p, PersonaSet set)
    {
        var s = new List<string>();
        if (!p.IsDetailed)
        {
            s.Add($"{p.Size} customers ({Fmt.Pct(p.Share)}) belong to this group, fewer than the minimum of {set.MinPersonaSize} for a detailed profile.");
            return s;
        }

        s.Add($"{Fmt.Num(p.Size)} customers ({Fmt.Pct(p.Share)} of all customers) belong to this persona.");
        if (p.ValueShare is { } vs && p.ValuePerCustomerRatio is { } ratio && set.ValueColumn is not null)
        {
            s.Add($"They account for {Fmt.Pct(vs)} of total {set.ValueColumn}, {Fmt.Ratio(ratio)} the average per customer.");
        }

        foreach (var k in p.Outcomes.Where(k => !k.IsLeakage && k.QValue < set.SignificanceLevel).Take(2))
        {
            s.Add(OutcomeSentence(k, set));
        }

        var higher = p.HigherTraits.Take(3);
        var lower = p.LowerTraits.Take(s.Count == 1 ? 2 : 1);
        foreach (var t in higher.Concat(lower))
        {
            s.Add(Sentence(t));
        }

        if (p.Traits.Count == 0)
        {
            s.Add($"No feature distinguishes them from the other customers with at least a small effect (|effect size| >= {Fmt.Effect(set.MinEffectSize)} at q < {set.SignificanceLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }

        if (p.Quality.Silhouette is { } sil && p.Quality.Stability is { } stab)
        {
            s.Add($"Their silhouette of {Fmt.Effect(sil)} and stability of {Fmt.Effect(stab)} show how clearly and reliably they stand apart.");
        }
        else if (p.Quality.Silhouette is { } sil2)
        {
            s.Add($"Their silhouette of {Fmt.Effect(sil2)} shows how clearly they stand apart.");
        }

        if (s.Count < 3)
        {
            s.Add($"They were compared with the other {Fmt.Num(set.TotalCustomers - p.Size)} customers on {p.Comparisons.Select(c => c.Feature).Distinct().Count()} features.");
        }

        return s.Take(6).ToArray();
    }

    /// <summary>One sentence for an outcome KPI, quoting the numbers on the card ("48.9% of them have Churn, versus 12.7% of other customers (3.85x); they account for 74% of all Churn and 81% of its MonthlyCharges").</summary>
    internal static string OutcomeSentence(OutcomeKpi k, PersonaSet set)
    {
        var ratio = k.Lift is { } l ? $" ({Fmt.Ratio(l)})" : string.Empty;
        if (!k.IsRate)
        {
            return $"Their average {k.Outcome} is {Fmt.Num(k.PersonaValue)}, versus {Fmt.Num(k.RestValue)} for other customers{ratio}.";
        }

        var what = k.Level is null or "yes" ? k.Outcome : $"{k.Outcome} = {k.Level}";
        var shares = k.ShareOfOutcome is { } so
            ? $"; they account for {Fmt.Pct(so)} of all {what}" + (k.ShareOfValue is { } sv && set.ValueColumn is not null ? $" and {Fmt.Pct(sv)} of its {set.ValueColumn}" : string.Empty)
            : string.Empty;
        return $"{Fmt.Pct(k.PersonaValue)} of them have {what}, versus {Fmt.Pct(k.RestValue)} of other customers{ratio}{shares}.";
    }

    /// <summary>One sentence for a trait, quoting the numbers on the card.</summary>
    internal static string Sentence(Trait t)
    {
        var es = $"{Fmt.EffectSymbol(t.Kind)} = {Fmt.Effect(t.EffectSize)}";
        if (t.Kind == TraitKind.Numeric)
        {
            var lift = t.Direction == TraitDirection.Higher && t.Lift is { } l && l >= 1.2 && t.RestValue > 0
                ? $"{Fmt.Ratio(l)} the overall average; "
                : string.Empty;
            return $"Their average {t.Feature} is {Fmt.Num(t.PersonaValue)}, versus {Fmt.Num(t.RestValue)} for other customers ({lift}{es}).";
        }

        var what = t.Level == "yes" ? $"{t.Feature} = yes" : $"{t.Feature} = {t.Level}";
        var liftText = t.Lift is { } lf ? $"lift {Fmt.Ratio(lf)}; " : string.Empty;
        return $"{Fmt.Pct(t.PersonaValue)} of them have {what}, versus {Fmt.Pct(t.RestValue)} of other customers ({liftText}{es}).";
    }
}
