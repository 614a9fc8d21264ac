using System.Text;
using Personas.Data;
using Personas.Features;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Display;

/// <summary>Displays of what goes into the personas (the table read, the feature plan) and of single results (an assignment, the quality).</summary>
internal static partial class DisplayText
{
    private static string TableHtml(CustomerTable t)
    {
        var b = Open(
            I($"{t.RowCount:#,0} customers, {t.Columns.Count} columns"),
            E(t.Source) + I($": {t.RowsRead:#,0} rows read, {t.RowsUsed:#,0} used, {t.Exclusions.Count:#,0} excluded") + (t.IdColumn is null ? string.Empty : "; id column " + E(t.IdColumn)));
        Table(b, ["Column", "Used as", "Why"], t.Columns.Select(c => (IReadOnlyList<string>)[E(c.Name), E(c.Role.ToString()), E(c.Reason)]));
        List(b, "Notes", t.Notes.Select(E));
        return Close(b);
    }

    private static string TablePlain(CustomerTable t)
    {
        var b = new StringBuilder(I($"CustomerTable: {t.RowCount:#,0} customers, {t.Columns.Count} columns from {t.Source} ({t.Exclusions.Count:#,0} rows excluded)"));
        foreach (var c in t.Columns)
        {
            b.Append("\n  ").Append(c.Name).Append(": ").Append(c.Role).Append(" (").Append(c.Reason).Append(')');
        }

        return b.ToString();
    }

    private static string PlanHtml(FeaturePlan plan)
    {
        var b = Open(I($"{plan.Dimension} features from {plan.Columns.Count} columns"), "scaling: " + E(plan.Options.Scaling.ToString()));
        Table(
            b,
            ["Column", "Kind", "Features", "Transform", "Missing", "Weight"],
            plan.Columns.Select(c => (IReadOnlyList<string>)
            [
                E(c.Name), E(c.Kind.ToString()), I($"{c.FeatureNames.Count}"),
                E(string.Join(", ", new[] { c.Log1p ? "log1p" : null, c.Kind == FeatureKind.Categorical ? I($"one-hot, {c.Levels.Count} levels") : null }.OfType<string>().DefaultIfEmpty("-"))),
                c.MissingCount == 0 ? "-" : I($"{c.MissingCount:#,0} imputed") + (c.MissingIndicator ? " + flag" : string.Empty),
                I($"{c.Weight:0.##}"),
            ]),
            numeric: c => c is 2 or 5);
        List(b, "Decisions", plan.Decisions.Select(E));
        return Close(b);
    }

    private static string PlanPlain(FeaturePlan plan)
    {
        var b = new StringBuilder(I($"FeaturePlan: {plan.Dimension} features from {plan.Columns.Count} columns"));
        foreach (var d in plan.Decisions)
        {
            b.Append("\n  ").Append(d);
        }

        return b.ToString();
    }

    private static string AssignmentHtml(PersonaAssignment a)
    {
        var b = Open(
            a.PersonaId.Length == 0 ? "Not assigned" : "<span style=\"" + Muted + "\">" + E(a.PersonaId) + "</span> " + E(a.PersonaName),
            a.PersonaId.Length == 0 ? "the record could not be placed (its features are not finite)" : a.IsOutlier ? "fits no persona well (an outlier: farther than 99% of this persona's customers)" : null);
        Table(b, ["Confidence", "Distance to the persona's centre", "Outlier"], [[Fmt.Pct(a.Confidence), N(a.Distance), a.IsOutlier ? "yes" : "no"]], numeric: c => c < 2);
        return Close(b);
    }

    private static string AssignmentPlain(PersonaAssignment a) =>
        a.PersonaId.Length == 0 ? "PersonaAssignment: not assigned" : I($"PersonaAssignment: {a.PersonaId} {a.PersonaName} (confidence {Fmt.Pct(a.Confidence)}, distance {N(a.Distance)}{(a.IsOutlier ? ", outlier" : string.Empty)})");

    private static string QualityHtml(SegmentationQuality q)
    {
        var b = Open("Segmentation quality", q.Warnings.Count == 0 ? "no warnings" : I($"{q.Warnings.Count} warning(s)"));
        Table(
            b,
            ["Silhouette", "Stability", "Davies-Bouldin", "Calinski-Harabasz"],
            [[N(q.Silhouette), N(q.Stability), N(q.DaviesBouldin), I($"{q.CalinskiHarabasz:0.#}")]],
            numeric: _ => true);
        List(b, "Warnings", q.Warnings.Select(E));
        return Close(b);
    }

    private static string QualityPlain(SegmentationQuality q)
    {
        var b = new StringBuilder(I($"SegmentationQuality: silhouette {N(q.Silhouette)}, stability {N(q.Stability)}"));
        foreach (var w in q.Warnings)
        {
            b.Append("\n  warning: ").Append(w);
        }

        return b.ToString();
    }
}
