using Personas.Profiling;
using Personas.Words;

namespace Personas.Reporting;

/// <summary>The plain-text pieces shared by the Markdown and HTML cards and the notebook displays, in the set's language
/// and with its data dictionary (escaping is the renderer's job).</summary>
internal static class CardText
{
    private static readonly string[][] ChannelPatterns = [["channel"], ["touchpoint"], ["medium"], ["contact"]];

    internal static string Label(Wording w, Trait t) => w.TraitTitle(t);

    internal static string Value(Wording w, Trait t, bool persona)
    {
        var value = w.Value(t, persona);
        var median = persona ? t.PersonaMedian : t.RestMedian;
        return t.Kind == TraitKind.Numeric && median is { } m ? value + " (" + w.T("card.median", ("value", w.Value(t.Feature, m))) + ")" : value;
    }

    internal static string Median(Wording w, Trait t, bool persona) =>
        t.Kind == TraitKind.Numeric && (persona ? t.PersonaMedian : t.RestMedian) is { } m ? w.T("card.median", ("value", w.Value(t.Feature, m))) : string.Empty;

    internal static string Evidence(Wording w, Trait t) =>
        $"{Fmt.EffectSymbol(t.Kind)} = {w.Effect(t.EffectSize)} [{w.Effect(t.CiLow)}{(w.Language == ReportLanguage.Finnish ? "; " : ", ")}{w.Effect(t.CiHigh)}]"; // "2,10, 2,25" would read as four numbers

    /// <summary>The persona's value divided by the other customers' (2.9 for 52% against 18%); null when the others' value is not positive.</summary>
    internal static double? VsOthers(Trait t) => t.RestValue > 0 && t.PersonaValue >= 0 && double.IsFinite(t.PersonaValue / t.RestValue) ? t.PersonaValue / t.RestValue : null;

    internal static string VsOthersText(Wording w, Trait t) => VsOthers(t) is { } r ? w.Ratio(r) : "-";

    /// <summary>The levels of channel-like categorical features (preferred_channel, contact...), most common in the persona first.</summary>
    internal static IReadOnlyList<Trait> Channels(Persona p) => p.Comparisons
        .Where(t => t.Kind == TraitKind.Categorical && t.Level is not null)
        .Where(t => ChannelPatterns.Any(pattern => NameTokens.Matches(NameTokens.Split(t.Feature), pattern)))
        .OrderByDescending(t => t.PersonaValue).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal)
        .Take(4)
        .ToArray();

    /// <summary>How an outcome is named on a card: the dictionary's label of the column ("Churned") or of its level, with a note for columns known only afterwards.</summary>
    internal static string OutcomeName(Wording w, string outcome, string? level, bool leakage)
    {
        var name = level is null or "yes"
            ? w.Title(outcome)
            : w.Title(outcome) + ": " + (w.Labels.LevelLabel(outcome, level, w.Language) ?? level);
        return leakage ? w.T("outcome.leakage", ("name", name)) : name;
    }

    internal static string OutcomeName(Wording w, OutcomeKpi k) => OutcomeName(w, k.Outcome, k.Level, k.IsLeakage);

    internal static string OutcomeValue(Wording w, OutcomeKpi k, bool persona) => OutcomeNumber(w, k.Outcome, k.IsRate, persona ? k.PersonaValue : k.RestValue);

    internal static string OutcomeNumber(Wording w, string outcome, bool isRate, double value) => isRate ? w.Share(value) : w.Value(outcome, value);

    internal static string OutcomeInterval(Wording w, OutcomeKpi k) =>
        w.T("outcome.interval", ("low", OutcomeNumber(w, k.Outcome, k.IsRate, k.CiLow)), ("high", OutcomeNumber(w, k.Outcome, k.IsRate, k.CiHigh)));

    internal static string OutcomeRatio(Wording w, OutcomeKpi k) => k.Lift is { } l ? w.Ratio(l) : "-";

    internal static string Share(Wording w, double? share) => share is { } s ? w.Share(s) : "-";

    internal static string Header(Wording w, Persona p)
    {
        var text = w.T("card.header", ("count", w.Count(p.Size)), ("share", w.Share(p.Share)));
        if (p.ValueShare is { } vs)
        {
            text += w.T("card.headerValue", ("valueShare", w.Share(vs)));
            if (p.ValuePerCustomerRatio is { } r)
            {
                text += w.T("card.headerRatio", ("ratio", w.Ratio(r)));
            }
        }

        return text;
    }

    internal static string Confidence(Wording w, Persona p)
    {
        var parts = new List<string>();
        if (p.Quality.Silhouette is { } s)
        {
            parts.Add(w.T("card.qualitySilhouette", ("value", w.Effect(s)), ("word", w.T("quality." + SilhouetteWord(s)))));
        }

        if (p.Quality.Stability is { } st)
        {
            parts.Add(w.T("card.qualityStability", ("value", w.Effect(st)), ("word", w.T("quality." + StabilityWord(st)))));
        }

        return parts.Count == 0 ? w.T("card.noQuality") : string.Join(", ", parts);
    }

    // Kaufman and Rousseeuw's rule of thumb for silhouettes; Hennig's for Jaccard stability. The words are template keys (quality.*).
    internal static string SilhouetteWord(double s) => s >= 0.5 ? "clear" : s >= 0.25 ? "moderate" : "weak";

    internal static string StabilityWord(double s) => s >= 0.85 ? "stable" : s >= 0.6 ? "fairlyStable" : "unstable";

    /// <summary>The CSS class of a quality word (<c>fairly-stable</c>).</summary>
    internal static string CssOf(string word) => word == "fairlyStable" ? "fairly-stable" : word;

    internal static string Method(Wording w, PersonaSet set) => w.T(
        "footer.methodText",
        ("tests", w.Count(set.TestCount)),
        ("q", w.Numbers.Fixed(set.SignificanceLevel, "0.###")),
        ("effect", w.Effect(set.MinEffectSize)),
        ("minimum", w.Count(set.MinPersonaSize)));

    /// <summary>A warning of the whole build in the set's language: the weak-structure warning is written anew from its numbers; others as they are.</summary>
    internal static string Warning(Wording w, string warning, ReportInfo info)
    {
        if (w.Language == ReportLanguage.English || !warning.StartsWith("Weak structure:", StringComparison.Ordinal))
        {
            return w.Message(warning);
        }

        var silhouette = info.Silhouette ?? double.NaN;
        var stability = info.Stability ?? double.NaN;
        return silhouette < Segmentation.Segmenter.WeakSilhouette
            ? w.T("card.weakStructure", ("silhouette", w.Effect(silhouette)), ("silhouetteLimit", w.Effect(Segmentation.Segmenter.WeakSilhouette)), ("stability", double.IsNaN(stability) ? "-" : w.Effect(stability)))
            : w.T("card.unstable", ("stability", w.Effect(stability)), ("stabilityLimit", w.Effect(Segmentation.Segmenter.WeakStability)));
    }

    /// <summary>The footer's sample line: the draw, and the persona sizes over every assigned row.</summary>
    internal static string SampleText(Wording w, SampleInfo s)
    {
        if (s.CoversAllRows)
        {
            return w.T("footer.sampleAll", ("size", w.Count(s.Options.Size)), ("rows", w.Count(s.RowsTotal)));
        }

        var method = s.Options.By is { } by
            ? w.T("footer.sampleStratified", ("column", by), ("seed", s.Options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : w.T("footer.sampleUniform", ("seed", s.Options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var text = w.T("footer.sampleValue", ("size", w.Count(s.Size)), ("rows", w.Count(s.RowsTotal)), ("method", method));
        if (s.AllRows is { } all)
        {
            var sizes = string.Join(", ", all.PersonaIds.Select((id, p) => $"{id} {w.Count(all.Sizes[p])} ({w.Share(all.Assigned > 0 ? (double)all.Sizes[p] / all.Assigned : 0)})"));
            text += " " + w.T("footer.sampleAllRows", ("assigned", w.Count(all.Assigned)), ("excluded", w.Count(all.Excluded)), ("sizes", sizes));
        }

        return text;
    }

    internal static IEnumerable<(string Label, string Value)> Footer(Wording w, PersonaSet set, ReportInfo info)
    {
        yield return (w.T("footer.dataFile"), info.DataFile);
        yield return (w.T("footer.rows"), info.CustomersFromRows is { } customers
            ? w.T("footer.transactionRowsValue", ("read", w.Count(info.RowsRead)), ("used", w.Count(info.RowsUsed)), ("customers", w.Count(customers)), ("excluded", w.Count(info.RowsExcluded)))
            : w.T("footer.rowsValue", ("read", w.Count(info.RowsRead)), ("used", w.Count(info.RowsUsed)), ("excluded", w.Count(info.RowsExcluded))));
        yield return (w.T("footer.personas"), w.T("footer.personasValue", ("k", info.K.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", w.Message(info.KReason))));
        if (info.Silhouette is not null || info.Stability is not null)
        {
            var parts = new List<string>();
            if (info.Silhouette is { } s)
            {
                parts.Add(w.T("footer.silhouette", ("value", w.Effect(s))));
            }

            if (info.Stability is { } st)
            {
                parts.Add(w.T("footer.stability", ("value", w.Effect(st))));
            }

            yield return (w.T("footer.quality"), string.Join(", ", parts));
        }

        yield return (w.T("footer.valueColumn"), set.ValueColumn is { } v
            ? w.Label(v) + (set.ValueColumns.Count > 1 ? " (" + string.Join(" + ", set.ValueColumns) + ")" : w.Label(v) == v ? string.Empty : " (" + v + ")")
            : set.ValueReason.Length == 0 ? w.T("footer.none") : w.T("footer.noneBecause", ("reason", w.Message(set.ValueReason))));
        foreach (var o in set.Outcomes)
        {
            yield return (w.T("footer.outcome"), w.T("footer.outcomeValue", ("name", OutcomeName(w, o.Outcome, o.Level, o.IsLeakage)), ("overall", OutcomeNumber(w, o.Outcome, o.IsRate, o.Overall)), ("reason", w.Message(o.Reason))));
        }

        if (info.Sample is { } sample)
        {
            yield return (w.T("footer.sample"), SampleText(w, sample));
        }

        if (info.JourneyCounting is { Length: > 0 } counting)
        {
            yield return (w.T("footer.journeys"), w.Message(counting));
        }

        foreach (var q in set.DataQuality)
        {
            yield return (w.T("footer.dataQuality"), w.Message(q.Description));
        }

        if (set.Labels.Source is { } labels)
        {
            yield return (w.T("footer.labels"), w.T("footer.labelsValue", ("file", labels)));
        }

        yield return (w.T("footer.seed"), info.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return (w.T("footer.library"), "Personas " + info.LibraryVersion);
        yield return (w.T("footer.created"), info.CreatedAt.ToString(w.Language == ReportLanguage.Finnish ? "d.M.yyyy HH:mm zzz" : "yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
    }
}
