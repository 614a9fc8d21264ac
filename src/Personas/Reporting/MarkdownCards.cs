using System.Globalization;
using System.Text;
using Personas.Profiling;
using Personas.Words;

namespace Personas.Reporting;

/// <summary>Renders <c>cards.md</c> in the persona set's language. Every text from the data goes through <see cref="SafeText.MarkdownEscape"/>.</summary>
internal static class MarkdownCards
{
    internal static string Render(PersonaSet set, ReportInfo info)
    {
        var w = Wording.Of(set);
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"# {E(w.T("card.title"))}\n\n");
        b.Append(E(w.T("card.lead", ("k", set.Personas.Count.ToString(inv)), ("count", w.Count(set.TotalCustomers)), ("file", info.DataFile)))).Append("\n\n");
        var kpis = set.Outcomes.Where(o => !o.IsLeakage).Take(3).ToArray();
        b.Append(inv, $"| {E(w.T("card.colPersona"))} | {E(w.T("card.colName"))} | {E(w.T("card.colCustomers"))} | {E(w.T("card.colShare"))} | {E(w.T("card.colValueShare"))} |");
        b.Append(string.Concat(kpis.Select(o => $" {E(CardText.OutcomeName(w, o.Outcome, o.Level, false))} |")));
        b.Append("\n| --- | --- | ---: | ---: | ---: |").Append(string.Concat(kpis.Select(_ => " ---: |"))).Append('\n');
        foreach (var p in set.Personas)
        {
            b.Append(inv, $"| {p.Id} | {E(p.Name)} | {E(w.Count(p.Size))} | {E(w.Share(p.Share))} | {(p.ValueShare is { } v ? E(w.Share(v)) : "-")} |");
            foreach (var o in kpis)
            {
                b.Append(inv, $" {(p.Outcomes.FirstOrDefault(k => k.Outcome == o.Outcome) is { } k ? E(CardText.OutcomeValue(w, k, true)) : "-")} |");
            }

            b.Append('\n');
        }

        b.Append('\n').Append(E(w.T("card.legendMarkdown"))).Append('\n');
        foreach (var p in set.Personas)
        {
            Card(b, w, p, info);
        }

        b.Append(inv, $"\n---\n\n## {E(w.T("card.method"))}\n\n");
        foreach (var (label, value) in CardText.Footer(w, set, info))
        {
            b.Append(inv, $"- **{E(label)}:** {E(value)}\n");
        }

        b.Append(inv, $"- **{E(w.T("footer.method"))}:** {E(CardText.Method(w, set))}\n");
        foreach (var note in set.Notes)
        {
            b.Append(inv, $"- **{E(w.T("card.note"))}:** {E(w.Message(note))}\n");
        }

        foreach (var warning in info.Warnings.Concat(set.Warnings))
        {
            b.Append(inv, $"- **{E(w.T("card.warning"))}:** {E(CardText.Warning(w, warning, info))}\n");
        }

        return b.ToString();
    }

    private static void Card(StringBuilder b, Wording w, Persona p, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"\n## {p.Id} · {E(p.Name)}\n\n");
        b.Append(inv, $"*{E(p.Tagline)}*\n\n");
        b.Append(inv, $"**{E(CardText.Header(w, p))}**\n\n");
        if (!p.IsDetailed)
        {
            Warnings(b, w, p);
            return;
        }

        if (p.Narrative.Count > 0)
        {
            b.Append(inv, $"### {E(w.T("card.inShort"))}\n\n");
            foreach (var s in p.Narrative)
            {
                b.Append(inv, $"- {E(s)}\n");
            }

            b.Append('\n');
        }

        Outcomes(b, w, p);
        TraitTable(b, w, w.T("card.more"), p.HigherTraits.ToArray(), w.T("card.noneMore"));
        TraitTable(b, w, w.T("card.less"), p.LowerTraits.ToArray(), w.T("card.noneLess"));
        var channels = CardText.Channels(p);
        if (channels.Count > 0)
        {
            b.Append(inv, $"### {E(w.T("card.channels"))}\n\n| {E(w.T("card.colChannel"))} | {E(w.T("card.colThisPersona"))} | {E(w.T("card.colOthers"))} | {E(w.T("card.colVsOthers"))} |\n| --- | ---: | ---: | ---: |\n");
            foreach (var t in channels)
            {
                b.Append(inv, $"| {E(CardText.Label(w, t))} | {E(w.Share(t.PersonaValue))} | {E(w.Share(t.RestValue))} | {E(CardText.VsOthersText(w, t))} |\n");
            }

            b.Append('\n');
        }

        if (info.PersonaJourneys.TryGetValue(p.Id, out var journey) && journey.Count > 0)
        {
            b.Append(inv, $"### {E(w.T("card.journey"))}\n\n");
            foreach (var line in journey)
            {
                b.Append(inv, $"- {E(line)}\n");
            }

            b.Append('\n');
        }

        b.Append(inv, $"### {E(w.T("card.confidence"))}\n\n{E(CardText.Confidence(w, p))}.\n\n");
        Warnings(b, w, p);
    }

    /// <summary>The outcomes (response, churn, conversion...) of the persona against the rest: the KPIs a marketer acts on.</summary>
    private static void Outcomes(StringBuilder b, Wording w, Persona p)
    {
        if (p.Outcomes.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"### {E(w.T("card.outcomes"))}\n\n| {E(w.T("card.colOutcome"))} | {E(w.T("card.colThisPersona"))} [{E(w.T("card.colCi"))}] | {E(w.T("card.colOthers"))} | {E(w.T("card.colVsOthers"))} | q | {E(w.T("card.colShareOfAll"))} | {E(w.T("card.colShareOfValue"))} |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var k in p.Outcomes)
        {
            b.Append(inv, $"| {E(CardText.OutcomeName(w, k))} | {E(CardText.OutcomeValue(w, k, true))} [{E(CardText.OutcomeInterval(w, k))}] | {E(CardText.OutcomeValue(w, k, false))} | {E(CardText.OutcomeRatio(w, k))} | {E(w.P(k.QValue))} | {E(CardText.Share(w, k.ShareOfOutcome))} | {E(CardText.Share(w, k.ShareOfValue))} |\n");
        }

        b.Append('\n');
    }

    private static void TraitTable(StringBuilder b, Wording w, string title, Trait[] traits, string none)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"### {E(title)}\n\n");
        if (traits.Length == 0)
        {
            b.Append(inv, $"{E(none)}\n\n");
            return;
        }

        b.Append(inv, $"| {E(w.T("card.colTrait"))} | {E(w.T("card.colThisPersona"))} | {E(w.T("card.colOthers"))} | {E(w.T("card.colVsOthers"))} | {E(w.T("card.colEffect"))} | q |\n| --- | ---: | ---: | ---: | --- | ---: |\n");
        foreach (var t in traits)
        {
            b.Append(inv, $"| {E(CardText.Label(w, t))} | {E(CardText.Value(w, t, true))} | {E(CardText.Value(w, t, false))} | {E(CardText.VsOthersText(w, t))} | {E(CardText.Evidence(w, t))} | {E(w.P(t.QValue))} |\n");
        }

        b.Append('\n');
    }

    private static void Warnings(StringBuilder b, Wording w, Persona p)
    {
        foreach (var warning in p.Warnings)
        {
            b.Append(CultureInfo.InvariantCulture, $"> **{E(w.T("card.warning"))}:** {E(warning)}\n\n");
        }
    }

    private static string E(string text) => SafeText.MarkdownEscape(text);
}
