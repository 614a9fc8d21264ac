using System.Text;
using Personas.Profiling;
using Personas.Reporting;

namespace Personas.Display;

internal static partial class DisplayText
{
    private static string PersonaSetHtml(PersonaSet set)
    {
        var hasValue = set.Personas.Any(p => p.ValueShare is not null);
        var b = Open(
            I($"{set.Personas.Count} personas from {set.TotalCustomers:#,0} customers"),
            set.ValueColumn is null ? null : "Value column: " + E(set.ValueColumn));
        string[] headers = hasValue
            ? ["Id", "Persona", "Customers", "Share", "Value share", "Stands out by"]
            : ["Id", "Persona", "Customers", "Share", "Stands out by"];
        Table(
            b,
            headers,
            set.Personas.Select(p =>
            {
                var cells = new List<string> { E(p.Id), "<b>" + E(p.Name) + "</b><br><span style=\"" + Muted + "\">" + E(p.Tagline) + "</span>", I($"{p.Size:#,0}"), Fmt.Pct(p.Share) };
                if (hasValue)
                {
                    cells.Add(p.ValueShare is { } v ? Fmt.Pct(v) : "-");
                }

                cells.Add(TopTraits(p));
                return (IReadOnlyList<string>)cells;
            }),
            numeric: c => c is 2 or 3 || (hasValue && c == 4));
        List(b, "Notes", set.Notes.Select(E));
        List(b, "Warnings", set.Personas.SelectMany(p => p.Warnings.Select(w => E(p.Id) + ": " + E(w))));
        return Close(b);
    }

    private static string TopTraits(Persona p)
    {
        if (!p.IsDetailed)
        {
            return "<span style=\"" + Muted + "\">too small to describe in detail</span>";
        }

        var top = p.Traits.OrderByDescending(t => Math.Abs(t.EffectSize)).Take(3).ToArray();
        return top.Length == 0
            ? "<span style=\"" + Muted + "\">no clear trait</span>"
            : string.Join(", ", top.Select(t => E(CardText.Label(t)) + (t.Direction == TraitDirection.Higher ? " &#9650;" : " &#9660;")));
    }

    private static string PersonaHtml(Persona p)
    {
        var b = Open("<span style=\"" + Muted + "\">" + E(p.Id) + "</span> " + E(p.Name), "<i>" + E(p.Tagline) + "</i>");
        b.Append("<div>").Append(E(CardText.Header(p))).Append("</div>");
        List(b, "In short", p.Narrative.Select(E));
        if (!p.IsDetailed)
        {
            b.Append("<div style=\"").Append(Muted).Append("\">Too small to describe in detail.</div>");
        }
        else
        {
            TraitTable(b, "More than average", p.HigherTraits);
            TraitTable(b, "Less than average", p.LowerTraits);
        }

        b.Append("<div style=\"margin-top:6px\"><b>Confidence:</b> ").Append(E(CardText.Confidence(p))).Append("</div>");
        List(b, "Warnings", p.Warnings.Select(E));
        return Close(b);
    }

    private static void TraitTable(StringBuilder b, string heading, IEnumerable<Trait> traits)
    {
        var rows = traits.ToArray();
        b.Append("<div style=\"font-weight:600;margin-top:8px\">").Append(heading).Append("</div>");
        if (rows.Length == 0)
        {
            b.Append("<div style=\"").Append(Muted).Append("\">No feature stands out.</div>");
            return;
        }

        Table(
            b,
            ["Trait", "This persona", "Other customers", "Effect size [95% CI]"],
            rows.Select(t => (IReadOnlyList<string>)[E(CardText.Label(t)), E(CardText.Value(t, true)), E(CardText.Value(t, false)), E(CardText.Evidence(t))]),
            numeric: c => c is 1 or 2);
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
            b.Append('\n').Append("  ").Append(p.Id).Append(' ').Append(p.Name).Append(": ").Append(CardText.Header(p));
        }

        return b.ToString();
    }

    private static string PersonaPlain(Persona p)
    {
        var b = new StringBuilder().Append(p.Id).Append(' ').Append(p.Name).Append(": ").Append(CardText.Header(p));
        b.Append("\n  ").Append(p.Tagline);
        foreach (var t in p.Traits)
        {
            b.Append("\n  ").Append(t.Direction == TraitDirection.Higher ? "+ " : "- ").Append(CardText.Label(t))
                .Append(": ").Append(CardText.Value(t, true)).Append(" vs ").Append(CardText.Value(t, false))
                .Append(" (").Append(CardText.Evidence(t)).Append(')');
        }

        foreach (var w in p.Warnings)
        {
            b.Append("\n  ! ").Append(w);
        }

        return b.ToString();
    }
}
