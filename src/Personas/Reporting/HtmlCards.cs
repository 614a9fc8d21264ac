using System.Globalization;
using System.Text;
using Personas.Profiling;

namespace Personas.Reporting;

/// <summary>
/// Renders <c>report.html</c>: one self-contained page, CSS only (no script, no external request: a
/// Content-Security-Policy forbids both). Every text from the data goes through <see cref="SafeText.HtmlEncode"/>.
/// </summary>
internal static class HtmlCards
{
    internal static string Render(PersonaSet set, ReportInfo info)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.Append(inv, $"<title>Personas · {E(info.DataFile)}</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n<main>\n");
        b.Append(inv, $"<header class=\"page\"><h1>Personas</h1><p class=\"lead\">{set.Personas.Count} personas from {set.TotalCustomers:#,0} customers in <strong>{E(info.DataFile)}</strong>.</p>");
        b.Append("<p class=\"legend\"><span class=\"effect\"><span class=\"neg\" style=\"width:25%\"></span><span class=\"pos\" style=\"width:40%\"></span></span> ");
        b.Append("Each trait compares a persona with all other customers. Bars grow from the centre: right = more than others, left = less. ");
        b.Append("Effect sizes (g for numbers, h for shares): about 0.2 is small, 0.5 medium, 0.8 large; the bar is full at 2. q is the p-value adjusted for the many comparisons.</p></header>\n");
        Summary(b, set);
        foreach (var p in set.Personas)
        {
            Card(b, p, info);
        }

        Footer(b, set, info);
        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static void Summary(StringBuilder b, PersonaSet set)
    {
        var inv = CultureInfo.InvariantCulture;
        var hasValue = set.Personas.Any(p => p.ValueShare is not null);
        b.Append("<section class=\"summary\"><table><thead><tr><th>Persona</th><th>Customers</th><th>Share of customers</th>");
        b.Append(hasValue ? "<th>Share of value</th>" : string.Empty).Append("</tr></thead><tbody>\n");
        foreach (var p in set.Personas)
        {
            b.Append(inv, $"<tr><td><a href=\"#{p.Id}\"><span class=\"id\">{p.Id}</span> {E(p.Name)}</a></td><td class=\"num\">{p.Size:#,0}</td><td>{Bar(p.Share, "share")}</td>");
            if (hasValue)
            {
                b.Append(inv, $"<td>{(p.ValueShare is { } v ? Bar(v, "value") : "<span class=\"muted\">-</span>")}</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody></table></section>\n");
    }

    private static void Card(StringBuilder b, Persona p, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<section class=\"card\" id=\"{p.Id}\">\n<div class=\"card-head\"><span class=\"id\">{p.Id}</span><h2>{E(p.Name)}</h2></div>\n");
        b.Append(inv, $"<p class=\"tagline\">{E(p.Tagline)}</p>\n<div class=\"chips\">");
        b.Append(inv, $"<span class=\"chip\"><b>{p.Size:#,0}</b> customers</span><span class=\"chip\"><b>{Fmt.Pct(p.Share)}</b> of customers</span>");
        if (p.ValueShare is { } vs)
        {
            b.Append(inv, $"<span class=\"chip value\"><b>{Fmt.Pct(vs)}</b> of value</span>");
        }

        if (p.ValuePerCustomerRatio is { } r)
        {
            b.Append(inv, $"<span class=\"chip value\"><b>{Fmt.Ratio(r)}</b> value per customer</span>");
        }

        b.Append("</div>\n");
        if (p.IsDetailed)
        {
            if (p.Narrative.Count > 0)
            {
                b.Append("<h3>In short</h3><ul class=\"narrative\">");
                foreach (var s in p.Narrative)
                {
                    b.Append(inv, $"<li>{E(s)}</li>");
                }

                b.Append("</ul>\n");
            }

            Outcomes(b, p);
            Traits(b, "More than average", "higher", p.HigherTraits.ToArray(), "No feature is notably higher than for other customers.");
            Traits(b, "Less than average", "lower", p.LowerTraits.ToArray(), "No feature is notably lower than for other customers.");
            Channels(b, p);
            if (info.PersonaJourneys.TryGetValue(p.Id, out var journey) && journey.Count > 0)
            {
                b.Append("<h3>Journey</h3><ul class=\"narrative journey\">");
                foreach (var line in journey)
                {
                    b.Append(inv, $"<li>{E(line)}</li>");
                }

                b.Append("</ul>\n");
            }

            AllComparisons(b, p);
            b.Append(inv, $"<p class=\"confidence\"><span class=\"label\">Confidence</span> {Confidence(p)}</p>\n");
        }

        foreach (var w in p.Warnings)
        {
            b.Append(inv, $"<p class=\"warning\">{E(w)}</p>\n");
        }

        b.Append("</section>\n");
    }

    private static void Traits(StringBuilder b, string title, string css, Trait[] traits, string none)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<div class=\"traits {css}\"><h3>{title}</h3>");
        if (traits.Length == 0)
        {
            b.Append(inv, $"<p class=\"muted\">{none}</p></div>\n");
            return;
        }

        b.Append("<table><thead><tr><th>Trait</th><th class=\"num\">This persona</th><th class=\"num\">Other customers</th><th>Effect size</th></tr></thead><tbody>\n");
        foreach (var t in traits)
        {
            b.Append(inv, $"<tr><td class=\"trait\">{E(CardText.Label(t))}</td><td class=\"num\">{ValueCell(t, true)}</td><td class=\"num muted\">{ValueCell(t, false)}</td>");
            b.Append(inv, $"<td>{EffectBar(t.EffectSize)}<div class=\"evidence\">{E(CardText.Evidence(t))} · q {E(Fmt.P(t.QValue))}{(t.Lift is { } l ? " · lift " + E(Fmt.Ratio(l)) : string.Empty)}</div></td></tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    /// <summary>The outcomes of the persona against the rest (rate or mean, 95% CI, ratio, q, shares).</summary>
    private static void Outcomes(StringBuilder b, Persona p)
    {
        if (p.Outcomes.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append("<div class=\"outcomes\"><h3>Outcomes</h3><table><thead><tr><th>Outcome</th><th class=\"num\">This persona</th><th class=\"num\">Other customers</th><th class=\"num\">Ratio</th><th class=\"num\">Share of all</th><th class=\"num\">Share of value</th></tr></thead><tbody>\n");
        foreach (var k in p.Outcomes)
        {
            b.Append(inv, $"<tr><td class=\"trait\">{E(CardText.OutcomeName(k))}</td><td class=\"num\">{E(CardText.OutcomeValue(k, true))}<div class=\"sub\">95% CI {E(CardText.OutcomeInterval(k))}</div></td><td class=\"num muted\">{E(CardText.OutcomeValue(k, false))}</td>");
            b.Append(inv, $"<td class=\"num\">{E(CardText.OutcomeRatio(k))}<div class=\"sub\">q {E(Fmt.P(k.QValue))}</div></td><td class=\"num\">{E(CardText.Share(k.ShareOfOutcome))}</td><td class=\"num\">{E(CardText.Share(k.ShareOfValue))}</td></tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    private static void Channels(StringBuilder b, Persona p)
    {
        var channels = CardText.Channels(p);
        if (channels.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append("<div class=\"channels\"><h3>Preferred channels</h3><table><tbody>\n");
        foreach (var t in channels)
        {
            b.Append(inv, $"<tr><td class=\"trait\">{E(t.Level ?? t.Feature)}<div class=\"sub\">{E(t.Feature)}</div></td><td>{Bar(t.PersonaValue, "share")}</td><td class=\"muted num\">others {Fmt.Pct(t.RestValue)}</td><td class=\"num\">lift {E(CardText.Lift(t))}</td></tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    /// <summary>Every comparison, collapsed by default (a details element: no script needed).</summary>
    private static void AllComparisons(StringBuilder b, Persona p)
    {
        if (p.Comparisons.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<details class=\"all\"><summary>All {p.Comparisons.Count} comparisons with other customers</summary><table><thead><tr><th>Feature</th><th class=\"num\">This persona</th><th class=\"num\">Other customers</th><th>Effect [95% CI]</th><th class=\"num\">p</th><th class=\"num\">q</th></tr></thead><tbody>\n");
        foreach (var t in p.Comparisons)
        {
            var css = p.Traits.Contains(t) ? " class=\"is-trait\"" : string.Empty;
            b.Append(inv, $"<tr{css}><td>{E(CardText.Label(t))}</td><td class=\"num\">{E(CardText.Value(t, true))}</td><td class=\"num\">{E(CardText.Value(t, false))}</td><td>{E(CardText.Evidence(t))}</td><td class=\"num\">{E(Fmt.P(t.PValue))}</td><td class=\"num\">{E(Fmt.P(t.QValue))}</td></tr>\n");
        }

        b.Append("</tbody></table></details>\n");
    }

    private static string Confidence(Persona p)
    {
        var parts = new List<string>();
        if (p.Quality.Silhouette is { } s)
        {
            var word = CardText.SilhouetteWord(s);
            parts.Add($"<span class=\"pill {word}\">silhouette {Fmt.Effect(s)} · {word}</span>");
        }

        if (p.Quality.Stability is { } st)
        {
            var word = CardText.StabilityWord(st);
            parts.Add($"<span class=\"pill {word.Replace(' ', '-')}\">stability {Fmt.Effect(st)} · {word}</span>");
        }

        return parts.Count == 0 ? "<span class=\"muted\">no quality measures were supplied</span>" : string.Concat(parts);
    }

    private static void Footer(StringBuilder b, PersonaSet set, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append("<footer><h2>How this was made</h2><dl>\n");
        foreach (var (label, value) in CardText.Footer(set, info))
        {
            b.Append(inv, $"<dt>{label}</dt><dd>{E(value)}</dd>\n");
        }

        b.Append(inv, $"<dt>Method</dt><dd>{E(CardText.Method(set))}</dd>\n");
        foreach (var note in set.Notes)
        {
            b.Append(inv, $"<dt>Note</dt><dd>{E(note)}</dd>\n");
        }

        b.Append("</dl>\n");
        foreach (var w in info.Warnings.Concat(set.Warnings))
        {
            b.Append(inv, $"<p class=\"warning\">{E(w)}</p>\n");
        }

        b.Append("</footer>\n");
    }

    private static string ValueCell(Trait t, bool persona)
    {
        var main = t.Kind == TraitKind.Categorical ? Fmt.Pct(persona ? t.PersonaValue : t.RestValue) : Fmt.Num(persona ? t.PersonaValue : t.RestValue);
        var median = persona ? t.PersonaMedian : t.RestMedian;
        return median is { } m ? $"{E(main)}<div class=\"sub\">median {E(Fmt.Num(m))}</div>" : E(main);
    }

    private static string Bar(double share, string css)
    {
        var width = Math.Clamp(share * 100, 0, 100).ToString("0.#", CultureInfo.InvariantCulture);
        return $"<div class=\"bar {css}\"><span style=\"width:{width}%\"></span><em>{Fmt.Pct(share)}</em></div>";
    }

    /// <summary>A diverging bar: the effect size drawn from the centre, full half-width at |effect| = 2.</summary>
    private static string EffectBar(double effect)
    {
        var width = (Math.Min(Math.Abs(effect), 2) / 2 * 50).ToString("0.#", CultureInfo.InvariantCulture);
        var side = effect >= 0 ? "pos" : "neg";
        return $"<div class=\"effect\"><span class=\"{side}\" style=\"width:{width}%\"></span></div>";
    }

    private static string E(string text) => SafeText.HtmlEncode(text);
}
