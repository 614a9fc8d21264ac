using System.Globalization;
using System.Text;
using Personas.Profiling;

namespace Personas.Reporting;

/// <summary>Renders <c>cards.md</c>. Every text from the data goes through <see cref="SafeText.MarkdownEscape"/>.</summary>
internal static class MarkdownCards
{
    internal static string Render(PersonaSet set, ReportInfo info)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.Append("# Personas\n\n");
        b.Append(inv, $"{set.Personas.Count} personas from {set.TotalCustomers:#,0} customers in {E(info.DataFile)}.\n\n");
        var kpis = set.Outcomes.Where(o => !o.IsLeakage).Take(3).ToArray();
        b.Append("| Persona | Name | Customers | Share | Value share |");
        b.Append(string.Concat(kpis.Select(o => $" {E(CardText.OutcomeName(o.Outcome, o.Level, false))} |")));
        b.Append("\n| --- | --- | ---: | ---: | ---: |").Append(string.Concat(kpis.Select(_ => " ---: |"))).Append('\n');
        foreach (var p in set.Personas)
        {
            b.Append(inv, $"| {p.Id} | {E(p.Name)} | {p.Size:#,0} | {Fmt.Pct(p.Share)} | {(p.ValueShare is { } v ? Fmt.Pct(v) : "-")} |");
            foreach (var o in kpis)
            {
                b.Append(inv, $" {(p.Outcomes.FirstOrDefault(k => k.Outcome == o.Outcome) is { } k ? E(CardText.OutcomeValue(k, true)) : "-")} |");
            }

            b.Append('\n');
        }

        b.Append("\nEach trait compares a persona with all other customers. Effect sizes (g for numbers, h for shares): about 0.2 is small, ");
        b.Append("0.5 medium, 0.8 large; the interval in brackets is its 95% confidence interval. Lift is the persona's value relative to all customers. ");
        b.Append("q is the p-value adjusted for the many comparisons.\n");
        foreach (var p in set.Personas)
        {
            Card(b, p, info);
        }

        b.Append("\n---\n\n## How this was made\n\n");
        foreach (var (label, value) in CardText.Footer(set, info))
        {
            b.Append(inv, $"- **{label}:** {E(value)}\n");
        }

        b.Append(inv, $"- **Method:** {E(CardText.Method(set))}\n");
        foreach (var note in set.Notes)
        {
            b.Append(inv, $"- **Note:** {E(note)}\n");
        }

        foreach (var w in info.Warnings.Concat(set.Warnings))
        {
            b.Append(inv, $"- **Warning:** {E(w)}\n");
        }

        return b.ToString();
    }

    private static void Card(StringBuilder b, Persona p, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"\n## {p.Id} · {E(p.Name)}\n\n");
        b.Append(inv, $"*{E(p.Tagline)}*\n\n");
        b.Append(inv, $"**{E(CardText.Header(p))}**\n\n");
        if (!p.IsDetailed)
        {
            Warnings(b, p);
            return;
        }

        Outcomes(b, p);
        TraitTable(b, "More than average", p.HigherTraits.ToArray(), "No feature is notably higher than for other customers.");
        TraitTable(b, "Less than average", p.LowerTraits.ToArray(), "No feature is notably lower than for other customers.");
        var channels = CardText.Channels(p);
        if (channels.Count > 0)
        {
            b.Append("### Preferred channels\n\n| Channel | Persona | Others | Lift |\n| --- | ---: | ---: | ---: |\n");
            foreach (var t in channels)
            {
                b.Append(inv, $"| {E(CardText.Label(t))} | {Fmt.Pct(t.PersonaValue)} | {Fmt.Pct(t.RestValue)} | {E(CardText.Lift(t))} |\n");
            }

            b.Append('\n');
        }

        if (p.Narrative.Count > 0)
        {
            b.Append("### In words\n\n");
            foreach (var s in p.Narrative)
            {
                b.Append(inv, $"- {E(s)}\n");
            }

            b.Append('\n');
        }

        if (info.PersonaJourneys.TryGetValue(p.Id, out var journey) && journey.Count > 0)
        {
            b.Append("### Journey\n\n");
            foreach (var line in journey)
            {
                b.Append(inv, $"- {E(line)}\n");
            }

            b.Append('\n');
        }

        b.Append(inv, $"### Confidence\n\n{E(CardText.Confidence(p))}.\n\n");
        Warnings(b, p);
    }

    /// <summary>The outcomes (response, churn, conversion...) of the persona against the rest: the KPIs a marketer acts on.</summary>
    private static void Outcomes(StringBuilder b, Persona p)
    {
        if (p.Outcomes.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append("### Outcomes\n\n| Outcome | Persona [95% CI] | Others | Ratio | q | Share of all | Share of value |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var k in p.Outcomes)
        {
            b.Append(inv, $"| {E(CardText.OutcomeName(k))} | {E(CardText.OutcomeValue(k, true))} [{E(CardText.OutcomeInterval(k))}] | {E(CardText.OutcomeValue(k, false))} | {E(CardText.OutcomeRatio(k))} | {E(Fmt.P(k.QValue))} | {E(CardText.Share(k.ShareOfOutcome))} | {E(CardText.Share(k.ShareOfValue))} |\n");
        }

        b.Append('\n');
    }

    private static void TraitTable(StringBuilder b, string title, Trait[] traits, string none)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"### {title}\n\n");
        if (traits.Length == 0)
        {
            b.Append(inv, $"{none}\n\n");
            return;
        }

        b.Append("| Trait | Persona | Others | Lift | Effect [95% CI] | q |\n| --- | ---: | ---: | ---: | --- | ---: |\n");
        foreach (var t in traits)
        {
            b.Append(inv, $"| {E(CardText.Label(t))} | {E(CardText.Value(t, true))} | {E(CardText.Value(t, false))} | {E(CardText.Lift(t))} | {E(CardText.Evidence(t))} | {E(Fmt.P(t.QValue))} |\n");
        }

        b.Append('\n');
    }

    private static void Warnings(StringBuilder b, Persona p)
    {
        foreach (var w in p.Warnings)
        {
            b.Append(CultureInfo.InvariantCulture, $"> **Warning:** {E(w)}\n\n");
        }
    }

    private static string E(string text) => SafeText.MarkdownEscape(text);
}
