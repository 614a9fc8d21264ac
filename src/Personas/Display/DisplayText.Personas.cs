using System.Text;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Words;

namespace Personas.Display;

internal static partial class DisplayText
{
    private static string PersonaSetHtml(PersonaSet set)
    {
        var w = Wording.Of(set);
        var hasValue = set.Personas.Any(p => p.ValueShare is not null);
        var b = Open(
            E(w.T("display.setTitle", ("k", I($"{set.Personas.Count}")), ("count", w.Count(set.TotalCustomers)))),
            set.ValueColumn is null ? null : E(w.T("display.valueColumn", ("value", w.Label(set.ValueColumn)))));
        string[] headers = hasValue
            ? [w.T("display.id"), w.T("card.colPersona"), w.T("card.colCustomers"), w.T("card.colShare"), w.T("card.colValueShare"), w.T("display.standsOut")]
            : [w.T("display.id"), w.T("card.colPersona"), w.T("card.colCustomers"), w.T("card.colShare"), w.T("display.standsOut")];
        Table(
            b,
            headers,
            set.Personas.Select(p =>
            {
                var cells = new List<string> { E(p.Id), "<b>" + E(p.Name) + "</b><br><span style=\"" + Muted + "\">" + E(p.Tagline) + "</span>", E(w.Count(p.Size)), E(w.Share(p.Share)) };
                if (hasValue)
                {
                    cells.Add(p.ValueShare is { } v ? E(w.Share(v)) : "-");
                }

                cells.Add(TopTraits(w, p));
                return (IReadOnlyList<string>)cells;
            }),
            numeric: c => c is 2 or 3 || (hasValue && c == 4));
        List(b, w.T("display.notes"), set.Notes.Select(E));
        List(b, w.T("display.warnings"), set.Personas.SelectMany(p => p.Warnings.Select(x => E(p.Id) + ": " + E(x))));
        return Close(b);
    }

    private static string TopTraits(Wording w, Persona p)
    {
        if (!p.IsDetailed)
        {
            return "<span style=\"" + Muted + "\">" + E(w.T("display.tooSmall")) + "</span>";
        }

        var top = p.Traits.OrderByDescending(t => Math.Abs(t.EffectSize)).Take(3).ToArray();
        return top.Length == 0
            ? "<span style=\"" + Muted + "\">" + E(w.T("card.chipNoClearProfile")) + "</span>"
            : string.Join(", ", top.Select(t => E(CardText.Label(w, t)) + (t.Direction == TraitDirection.Higher ? " &#9650;" : " &#9660;")));
    }

    private static string PersonaHtml(Persona p)
    {
        var w = p.Words;
        var b = Open("<span style=\"" + Muted + "\">" + E(p.Id) + "</span> " + E(p.Name), "<i>" + E(p.Tagline) + "</i>");
        b.Append("<div>").Append(E(CardText.Header(w, p))).Append("</div>");
        List(b, w.T("card.inShort"), p.Narrative.Select(E));
        if (!p.IsDetailed)
        {
            b.Append("<div style=\"").Append(Muted).Append("\">").Append(E(Wording.Capitalise(w.T("display.tooSmall")))).Append(".</div>");
        }
        else
        {
            TraitTable(b, w, w.T("card.more"), p.HigherTraits, w.T("card.noneMore"));
            TraitTable(b, w, w.T("card.less"), p.LowerTraits, w.T("card.noneLess"));
        }

        b.Append("<div style=\"margin-top:6px\"><b>").Append(E(w.T("card.confidence"))).Append(":</b> ").Append(E(CardText.Confidence(w, p))).Append("</div>");
        List(b, w.T("display.warnings"), p.Warnings.Select(E));
        return Close(b);
    }

    private static void TraitTable(StringBuilder b, Wording w, string heading, IEnumerable<Trait> traits, string none)
    {
        var rows = traits.ToArray();
        b.Append("<div style=\"font-weight:600;margin-top:8px\">").Append(E(heading)).Append("</div>");
        if (rows.Length == 0)
        {
            b.Append("<div style=\"").Append(Muted).Append("\">").Append(E(none)).Append("</div>");
            return;
        }

        Table(
            b,
            [w.T("card.colTrait"), w.T("card.colThisPersona"), w.T("card.colOthers"), w.T("card.colVsOthers"), w.T("card.colEffect")],
            rows.Select(t => (IReadOnlyList<string>)[E(CardText.Label(w, t)), E(CardText.Value(w, t, true)), E(CardText.Value(w, t, false)), E(CardText.VsOthersText(w, t)), E(CardText.Evidence(w, t))]),
            numeric: c => c is 1 or 2 or 3);
    }

    private static string PersonaSetPlain(PersonaSet set)
    {
        var b = new StringBuilder(I($"PersonaSet: {set.Personas.Count} personas from {set.TotalCustomers:#,0} customers"));
        if (set.ValueColumn is not null)
        {
            b.Append(" (value column ").Append(set.ValueColumn).Append(')');
        }

        foreach (var p in set.Personas)
        {
            b.Append('\n').Append("  ").Append(p.Id).Append(' ').Append(p.Name).Append(": ").Append(CardText.Header(Wording.Of(set), p));
        }

        return b.ToString();
    }

    private static string PersonaPlain(Persona p)
    {
        var w = p.Words;
        var b = new StringBuilder().Append(p.Id).Append(' ').Append(p.Name).Append(": ").Append(CardText.Header(w, p));
        b.Append("\n  ").Append(p.Tagline);
        foreach (var t in p.Traits)
        {
            b.Append("\n  ").Append(t.Direction == TraitDirection.Higher ? "+ " : "- ").Append(CardText.Label(w, t))
                .Append(": ").Append(CardText.Value(w, t, true)).Append(" vs ").Append(CardText.Value(w, t, false))
                .Append(" (").Append(CardText.Evidence(w, t)).Append(')');
        }

        foreach (var warning in p.Warnings)
        {
            b.Append("\n  ! ").Append(warning);
        }

        return b.ToString();
    }
}
