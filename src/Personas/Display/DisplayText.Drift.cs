using System.Text;
using Personas.Model;
using Personas.Profiling;

namespace Personas.Display;

internal static partial class DisplayText
{
    private static string DriftHtml(DriftReport drift)
    {
        var m = drift.Migration;
        var b = Open(
            I($"Refresh: {drift.Matches.Count} personas kept, {drift.Born.Count} new, {drift.Retired.Count} retired"),
            I($"{Fmt.Pct(m.ChangedShare)} of {m.CustomersInBoth:#,0} customers changed persona (basis: ") + E(m.Basis) + ")");
        Table(
            b,
            ["Id", "Persona", "Status", "Previous size", "Current size", "Previous share", "Current share", "Centroid movement"],
            drift.Personas.Select(p => (IReadOnlyList<string>)
            [
                E(p.Id), E(p.Name), E(p.Status),
                p.PreviousSize is { } ps ? I($"{ps:#,0}") : "-", p.CurrentSize is { } cs ? I($"{cs:#,0}") : "-",
                p.PreviousShare is { } psh ? Fmt.Pct(psh) : "-", p.CurrentShare is { } csh ? Fmt.Pct(csh) : "-", N(p.CentroidMovement),
            ]),
            numeric: c => c >= 3);
        List(b, "Splits", drift.Split.Select(s => E(s.PreviousId) + " → " + E(string.Join(", ", s.Into))));
        List(b, "Merges", drift.Merged.Select(x => E(string.Join(", ", x.From)) + " → " + E(x.CurrentId)));
        return Close(b);
    }

    private static string DriftPlain(DriftReport drift)
    {
        var m = drift.Migration;
        var b = new StringBuilder(I($"DriftReport: {drift.Matches.Count} kept, {drift.Born.Count} new, {drift.Retired.Count} retired; {Fmt.Pct(m.ChangedShare)} of {m.CustomersInBoth:#,0} customers changed persona"));
        foreach (var p in drift.Personas)
        {
            b.Append(I($"\n  {p.Id} {p.Name} ({p.Status}): {(p.PreviousSize is { } ps ? ps.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : "-")} -> {(p.CurrentSize is { } cs ? cs.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : "-")}"));
        }

        return b.ToString();
    }
}
