using System.Globalization;
using System.Text;
using Personas.Profiling;
using Personas.Words;

namespace Personas.Reporting;

/// <summary>
/// Renders <c>report.html</c>: one self-contained page, CSS only (no script, no external request: a
/// Content-Security-Policy forbids both), in the persona set's language. Layout: a header, a table of contents, an
/// overview (the personas side by side), one card per persona, then the sections that charts add (journeys, changes since
/// the last quarter) and "how this was made". Empty markers (<see cref="Marker"/>) show where charts go; a page without
/// charts keeps them as comments. Every text from the data goes through <see cref="SafeText.HtmlEncode"/>.
/// </summary>
internal static class HtmlCards
{
    /// <summary>The marker of a place where charts can go: <c>overview</c>, <c>persona:P1</c>, <c>sections</c> (new sections before the footer), <c>toc</c> (their entries in the table of contents) or <c>toc:overview</c>.</summary>
    internal static string Marker(string place) => "<!-- personas:" + place + " -->";

    internal static string Render(PersonaSet set, ReportInfo info)
    {
        var w = Wording.Of(set);
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<!DOCTYPE html>\n<html lang=\"{(w.Language == ReportLanguage.Finnish ? "fi" : "en")}\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.Append(inv, $"<title>{E(w.T("card.title"))} · {E(info.DataFile)}</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n<main>\n");
        b.Append(inv, $"<header class=\"page\"><h1>{E(w.T("card.title"))}</h1><p class=\"lead\">{E(w.T("card.lead", ("k", set.Personas.Count.ToString(inv)), ("count", w.Count(set.TotalCustomers)), ("file", info.DataFile)))}</p>");
        b.Append("<p class=\"legend\"><span class=\"effect\"><span class=\"neg\" style=\"width:25%\"></span><span class=\"pos\" style=\"width:40%\"></span></span> ");
        b.Append(E(w.T("card.legendHtml"))).Append("</p></header>\n");
        Contents(b, w, set);
        b.Append(inv, $"<section class=\"overview\" id=\"overview\"><h2 class=\"section-title\">{E(w.T("card.overview"))}</h2>\n");
        Summary(b, w, set);
        b.Append(Marker("overview")).Append("\n</section>\n");
        b.Append(inv, $"<section class=\"personas\" id=\"personas\"><h2 class=\"section-title\">{E(w.T("card.personas"))}</h2>\n");
        foreach (var p in set.Personas)
        {
            Card(b, w, p, info);
        }

        b.Append("</section>\n").Append(Marker("sections")).Append('\n');
        Footer(b, w, set, info);
        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static void Contents(StringBuilder b, Wording w, PersonaSet set)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<nav class=\"toc\" id=\"contents\"><h2>{E(w.T("card.contents"))}</h2><ol>\n");
        b.Append(inv, $"<li><a href=\"#overview\">{E(w.T("card.overview"))}</a>{Marker("toc:overview")}</li>\n");
        b.Append(inv, $"<li><a href=\"#personas\">{E(w.T("card.personas"))}</a><ol>");
        foreach (var p in set.Personas)
        {
            b.Append(inv, $"<li><a href=\"#{p.Id}\"><span class=\"id\">{p.Id}</span> {E(p.Name)}</a></li>");
        }

        b.Append("</ol></li>\n").Append(Marker("toc")).Append('\n');
        b.Append(inv, $"<li><a href=\"#method\">{E(w.T("card.method"))}</a></li>\n</ol></nav>\n");
    }

    private static void Summary(StringBuilder b, Wording w, PersonaSet set)
    {
        var inv = CultureInfo.InvariantCulture;
        var hasValue = set.Personas.Any(p => p.ValueShare is not null);
        b.Append(inv, $"<div class=\"summary\"><table><thead><tr><th>{E(w.T("card.colPersona"))}</th><th class=\"num\">{E(w.T("card.colCustomers"))}</th><th>{E(w.T("card.colShareOfCustomers"))}</th>");
        b.Append(hasValue ? $"<th>{E(w.T("card.colShareOfValue"))}</th>" : string.Empty).Append("</tr></thead><tbody>\n");
        foreach (var p in set.Personas)
        {
            b.Append(inv, $"<tr><td><a href=\"#{p.Id}\"><span class=\"id\">{p.Id}</span> {E(p.Name)}</a></td><td class=\"num\">{E(w.Count(p.Size))}</td><td>{Bar(w, p.Share, "share")}</td>");
            if (hasValue)
            {
                b.Append(inv, $"<td>{(p.ValueShare is { } v ? Bar(w, v, "value") : "<span class=\"muted\">-</span>")}</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    private static void Card(StringBuilder b, Wording w, Persona p, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<section class=\"card\" id=\"{p.Id}\">\n<div class=\"card-head\"><span class=\"id\">{p.Id}</span><h2>{E(p.Name)}</h2></div>\n");
        b.Append(inv, $"<p class=\"tagline\">{E(p.Tagline)}</p>\n<div class=\"chips\">");
        b.Append(inv, $"<span class=\"chip\">{E(w.T("card.chipCustomers", ("count", w.Count(p.Size))))}</span><span class=\"chip\">{E(w.T("card.chipShare", ("share", w.Share(p.Share))))}</span>");
        if (p.ValueShare is { } vs)
        {
            b.Append(inv, $"<span class=\"chip value\">{E(w.T("card.chipValue", ("valueShare", w.Share(vs))))}</span>");
        }

        if (p.ValuePerCustomerRatio is { } r)
        {
            b.Append(inv, $"<span class=\"chip value\">{E(w.T("card.chipRatio", ("ratio", w.Ratio(r))))}</span>");
        }

        if (p.IsDetailed && p.Traits.Count == 0)
        {
            b.Append(inv, $"<span class=\"chip unclear\">{E(w.T("card.chipNoClearProfile"))}</span>");
        }

        b.Append("</div>\n");
        if (p.IsDetailed)
        {
            if (p.Narrative.Count > 0)
            {
                b.Append(inv, $"<h3>{E(w.T("card.inShort"))}</h3><ul class=\"narrative\">");
                foreach (var s in p.Narrative)
                {
                    b.Append(inv, $"<li>{E(s)}</li>");
                }

                b.Append("</ul>\n");
            }

            b.Append(Marker("persona:" + p.Id)).Append('\n');
            Outcomes(b, w, p);
            Traits(b, w, w.T("card.more"), "higher", p.HigherTraits.ToArray(), w.T("card.noneMore"));
            Traits(b, w, w.T("card.less"), "lower", p.LowerTraits.ToArray(), w.T("card.noneLess"));
            Channels(b, w, p);
            if (info.PersonaJourneys.TryGetValue(p.Id, out var journey) && journey.Count > 0)
            {
                b.Append(inv, $"<h3>{E(w.T("card.journey"))}</h3><ul class=\"narrative journey\">");
                foreach (var line in journey)
                {
                    b.Append(inv, $"<li>{E(line)}</li>");
                }

                b.Append("</ul>\n");
            }

            AllComparisons(b, w, p);
            b.Append(inv, $"<p class=\"confidence\"><span class=\"label\">{E(w.T("card.confidence"))}</span> {Confidence(w, p)}</p>\n");
        }

        foreach (var warning in p.Warnings)
        {
            b.Append(inv, $"<p class=\"warning\">{E(warning)}</p>\n");
        }

        b.Append("</section>\n");
    }

    private static void Traits(StringBuilder b, Wording w, string title, string css, Trait[] traits, string none)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<div class=\"traits {css}\"><h3>{E(title)}</h3>");
        if (traits.Length == 0)
        {
            b.Append(inv, $"<p class=\"muted\">{E(none)}</p></div>\n");
            return;
        }

        b.Append(inv, $"<table><thead><tr><th>{E(w.T("card.colTrait"))}</th><th class=\"num\">{E(w.T("card.colThisPersona"))}</th><th class=\"num\">{E(w.T("card.colOthers"))}</th><th class=\"num\">{E(w.T("card.colVsOthers"))}</th><th>{E(w.T("card.colEffectSize"))}</th></tr></thead><tbody>\n");
        foreach (var t in traits)
        {
            b.Append(inv, $"<tr><td class=\"trait\">{E(CardText.Label(w, t))}</td><td class=\"num\">{ValueCell(w, t, true)}</td><td class=\"num muted\">{ValueCell(w, t, false)}</td><td class=\"num\">{E(CardText.VsOthersText(w, t))}</td>");
            b.Append(inv, $"<td>{EffectBar(t.EffectSize)}<div class=\"evidence\">{E(CardText.Evidence(w, t))} · q {E(w.P(t.QValue))}</div></td></tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    /// <summary>The outcomes of the persona against the rest (rate or mean, 95% CI, ratio, q, shares).</summary>
    private static void Outcomes(StringBuilder b, Wording w, Persona p)
    {
        if (p.Outcomes.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<div class=\"outcomes\"><h3>{E(w.T("card.outcomes"))}</h3><table><thead><tr><th>{E(w.T("card.colOutcome"))}</th><th class=\"num\">{E(w.T("card.colThisPersona"))}</th><th class=\"num\">{E(w.T("card.colOthers"))}</th><th class=\"num\">{E(w.T("card.colVsOthers"))}</th><th class=\"num\">{E(w.T("card.colShareOfAll"))}</th><th class=\"num\">{E(w.T("card.colShareOfValue"))}</th></tr></thead><tbody>\n");
        foreach (var k in p.Outcomes)
        {
            b.Append(inv, $"<tr><td class=\"trait\">{E(CardText.OutcomeName(w, k))}</td><td class=\"num\">{E(CardText.OutcomeValue(w, k, true))}<div class=\"sub\">{E(w.T("card.ci95", ("interval", CardText.OutcomeInterval(w, k))))}</div></td><td class=\"num muted\">{E(CardText.OutcomeValue(w, k, false))}</td>");
            b.Append(inv, $"<td class=\"num\">{E(CardText.OutcomeRatio(w, k))}<div class=\"sub\">q {E(w.P(k.QValue))}</div></td><td class=\"num\">{E(CardText.Share(w, k.ShareOfOutcome))}</td><td class=\"num\">{E(CardText.Share(w, k.ShareOfValue))}</td></tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    private static void Channels(StringBuilder b, Wording w, Persona p)
    {
        var channels = CardText.Channels(p);
        if (channels.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<div class=\"channels\"><h3>{E(w.T("card.channels"))}</h3><table><tbody>\n");
        foreach (var t in channels)
        {
            var level = t.Level is null ? w.Title(t.Feature) : Wording.Capitalise(w.Labels.LevelLabel(t.Feature, t.Level, w.Language) ?? t.Level);
            b.Append(inv, $"<tr><td class=\"trait\">{E(level)}<div class=\"sub\">{E(w.Title(t.Feature))}</div></td><td>{Bar(w, t.PersonaValue, "share")}</td><td class=\"muted num\">{E(w.T("card.others", ("share", w.Share(t.RestValue))))}</td><td class=\"num\">{E(CardText.VsOthersText(w, t))}</td></tr>\n");
        }

        b.Append("</tbody></table></div>\n");
    }

    /// <summary>Every comparison, collapsed by default (a details element: no script needed).</summary>
    private static void AllComparisons(StringBuilder b, Wording w, Persona p)
    {
        if (p.Comparisons.Count == 0)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<details class=\"all\"><summary>{E(w.T("card.allComparisons", ("count", w.Count(p.Comparisons.Count))))}</summary><table><thead><tr><th>{E(w.T("card.colFeature"))}</th><th class=\"num\">{E(w.T("card.colThisPersona"))}</th><th class=\"num\">{E(w.T("card.colOthers"))}</th><th>{E(w.T("card.colEffect"))}</th><th class=\"num\">p</th><th class=\"num\">q</th></tr></thead><tbody>\n");
        foreach (var t in p.Comparisons)
        {
            var css = p.Traits.Contains(t) ? " class=\"is-trait\"" : string.Empty;
            b.Append(inv, $"<tr{css}><td>{E(CardText.Label(w, t))}</td><td class=\"num\">{E(CardText.Value(w, t, true))}</td><td class=\"num\">{E(CardText.Value(w, t, false))}</td><td>{E(CardText.Evidence(w, t))}</td><td class=\"num\">{E(w.P(t.PValue))}</td><td class=\"num\">{E(w.P(t.QValue))}</td></tr>\n");
        }

        b.Append("</tbody></table></details>\n");
    }

    private static string Confidence(Wording w, Persona p)
    {
        var parts = new List<string>();
        if (p.Quality.Silhouette is { } s)
        {
            var word = CardText.SilhouetteWord(s);
            parts.Add($"<span class=\"pill {word}\">{E(w.T("card.qualitySilhouette", ("value", w.Effect(s)), ("word", w.T("quality." + word))))}</span>");
        }

        if (p.Quality.Stability is { } st)
        {
            var word = CardText.StabilityWord(st);
            parts.Add($"<span class=\"pill {CardText.CssOf(word)}\">{E(w.T("card.qualityStability", ("value", w.Effect(st)), ("word", w.T("quality." + word))))}</span>");
        }

        return parts.Count == 0 ? $"<span class=\"muted\">{E(w.T("card.noQuality"))}</span>" : string.Concat(parts);
    }

    private static void Footer(StringBuilder b, Wording w, PersonaSet set, ReportInfo info)
    {
        var inv = CultureInfo.InvariantCulture;
        b.Append(inv, $"<footer id=\"method\"><h2>{E(w.T("card.method"))}</h2><dl>\n");
        foreach (var (label, value) in CardText.Footer(w, set, info))
        {
            b.Append(inv, $"<dt>{E(label)}</dt><dd>{E(value)}</dd>\n");
        }

        b.Append(inv, $"<dt>{E(w.T("footer.method"))}</dt><dd>{E(CardText.Method(w, set))}</dd>\n");
        foreach (var note in set.Notes)
        {
            b.Append(inv, $"<dt>{E(w.T("card.note"))}</dt><dd>{E(w.Message(note))}</dd>\n");
        }

        b.Append("</dl>\n");
        foreach (var warning in info.Warnings.Concat(set.Warnings))
        {
            b.Append(inv, $"<p class=\"warning\">{E(CardText.Warning(w, warning, info))}</p>\n");
        }

        b.Append("</footer>\n");
    }

    private static string ValueCell(Wording w, Trait t, bool persona)
    {
        var main = w.Value(t, persona);
        var median = CardText.Median(w, t, persona);
        return median.Length > 0 ? $"{E(main)}<div class=\"sub\">{E(median)}</div>" : E(main);
    }

    private static string Bar(Wording w, double share, string css)
    {
        var width = Math.Clamp(share * 100, 0, 100).ToString("0.#", CultureInfo.InvariantCulture);
        return $"<div class=\"bar {css}\"><span style=\"width:{width}%\"></span><em>{E(w.Share(share))}</em></div>";
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
