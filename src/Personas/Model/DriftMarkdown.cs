using System.Globalization;
using System.Text;
using Personas.Reporting;

namespace Personas.Model;

/// <summary>Renders <c>drift.md</c>.</summary>
internal static class DriftMarkdown
{
    public static string Render(DriftReport report)
    {
        var sb = new StringBuilder();
        string Label(string id, bool previous)
        {
            var p = report.Personas.FirstOrDefault(x => x.Id == id && (previous ? x.Status != DriftAnalysis.Born : x.Status != DriftAnalysis.Retired));
            return p is null ? SafeText.MarkdownEscape(id) : $"{SafeText.MarkdownEscape(id)} {SafeText.MarkdownEscape(p.Name)}";
        }

        var prev = report.PreviousModel;
        sb.Append("# Persona drift\n\n");
        sb.Append(Inv($"Compared with the model created {prev.CreatedAt:yyyy-MM-dd HH:mm} UTC{(prev.File is null ? string.Empty : " (" + SafeText.MarkdownEscape(prev.File) + ")")}, trained on {prev.TrainingRows} customers. "));
        sb.Append(Inv($"A persona keeps its id when its centroid is within {report.MatchThreshold:0.###} of a previous one (Hungarian matching on centroid distance).\n\n"));
        sb.Append("## Summary\n\n");
        sb.Append("- Kept: ").Append(report.Matches.Count == 0 ? "none" : string.Join(", ", report.Matches.Select(m => Label(m.CurrentId, false) + Inv($" (moved {m.Distance:0.##})")))).Append('\n');
        sb.Append("- Born: ").Append(report.Born.Count == 0 ? "none" : string.Join(", ", report.Born.Select(id => Label(id, false)))).Append('\n');
        sb.Append("- Retired: ").Append(report.Retired.Count == 0 ? "none" : string.Join(", ", report.Retired.Select(id => Label(id, true)))).Append('\n');
        sb.Append("- Split: ").Append(report.Split.Count == 0 ? "none" : string.Join("; ", report.Split.Select(s => Label(s.PreviousId, true) + " into " + string.Join(", ", s.Into.Select(id => Label(id, false)))))).Append('\n');
        sb.Append("- Merged: ").Append(report.Merged.Count == 0 ? "none" : string.Join("; ", report.Merged.Select(m => string.Join(", ", m.From.Select(id => Label(id, true))) + " into " + Label(m.CurrentId, false)))).Append('\n');
        sb.Append('\n');

        sb.Append("## Personas\n\n| Id | Name | Status | Previous size | Current size | Previous share | Current share | Share change | Centroid movement |\n");
        sb.Append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var p in report.Personas)
        {
            var change = p.PreviousShare is { } a && p.CurrentShare is { } b ? Inv($"{(b - a) * 100:+0.0;-0.0;0.0} pt") : string.Empty;
            sb.Append(Inv($"| {SafeText.MarkdownEscape(p.Id)} | {SafeText.MarkdownEscape(p.Name)} | {p.Status} | {p.PreviousSize} | {p.CurrentSize} | {Pct(p.PreviousShare)} | {Pct(p.CurrentShare)} | {change} | {p.CentroidMovement:0.###} |\n"));
        }

        sb.Append('\n');
        var shifted = report.Personas.Where(p => p.TraitShifts.Count > 0).ToArray();
        if (shifted.Length > 0)
        {
            sb.Append("## Trait shifts\n\nEach persona's values last quarter and this quarter in the data's units: a mean, a typical value (the geometric mean of a ");
            sb.Append("log-transformed column) or a share. Effect size: Cohen's d for a mean, Cohen's h for a share (0.2 small, 0.5 medium, 0.8 large). ");
            sb.Append(Inv($"A share is listed when it moved by at least {report.MinShareShift * 100:0.#} points; a mean only when the persona has spread in both quarters.\n\n"));
            foreach (var p in shifted)
            {
                sb.Append("### ").Append(Label(p.Id, false)).Append(Inv($"\n\n| Trait | {E(report.PreviousPeriod)} | {E(report.CurrentPeriod)} | Change | Effect size |\n| --- | ---: | ---: | ---: | ---: |\n"));
                foreach (var t in p.TraitShifts)
                {
                    var symbol = t.IsShare ? "h" : "d";
                    sb.Append(Inv($"| {SafeText.MarkdownEscape(ShiftLabel(t))} | {Value(t, t.PreviousValue)} | {Value(t, t.CurrentValue)} | {Change(t)} | {symbol} = {t.EffectSize:+0.00;-0.00;0.00} |\n"));
                }

                sb.Append('\n');
            }
        }

        var m = report.Migration;
        sb.Append("## Customers present in both quarters\n\n");
        sb.Append(m.Basis == "previousAssignments"
            ? Inv($"{m.CustomersInBoth} customers appear in both quarters (matched by customer id with last quarter's assignments); {Pct(m.ChangedShare)} of them changed persona.\n\n")
            : Inv($"No previous assignments were given, so the previous model assigned this quarter's {m.CustomersInBoth} customers; {Pct(m.ChangedShare)} of them are in a different persona now.\n\n"));
        if (m.Matrix.Count > 0)
        {
            var columns = m.Matrix.Values.SelectMany(r => r.Keys).Distinct().Order(PersonaIdComparer.Instance).ToArray();
            sb.Append(Inv($"| {E(report.PreviousPeriod)} \\\\ {E(report.CurrentPeriod)} | ")).Append(string.Join(" | ", columns.Select(SafeText.MarkdownEscape))).Append(" |\n");
            sb.Append("| --- |").Append(string.Concat(columns.Select(_ => " ---: |"))).Append('\n');
            foreach (var (previousId, row) in m.Matrix.OrderBy(kv => kv.Key, PersonaIdComparer.Instance))
            {
                sb.Append("| ").Append(SafeText.MarkdownEscape(previousId)).Append(" | ");
                sb.Append(string.Join(" | ", columns.Select(c => row.GetValueOrDefault(c).ToString(CultureInfo.InvariantCulture)))).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>What moved, in words: the column, its level, or the share of missing values.</summary>
    internal static string ShiftLabel(TraitShift t) => t.Measure switch
    {
        Features.FeatureMeasure.MissingShare => t.Column + " (missing)",
        Features.FeatureMeasure.TypicalValue => t.Column + " (typical value)",
        Features.FeatureMeasure.Share when t.Level is not null && t.Level != "yes" => t.Column + " = " + t.Level,
        _ => t.Column,
    };

    private static string Value(TraitShift t, double v) => t.IsShare ? Pct(v) : Profiling.Fmt.Num(v);

    private static string Change(TraitShift t) => t.IsShare
        ? Inv($"{(t.CurrentValue - t.PreviousValue) * 100:+0.0;-0.0;0.0} pt")
        : (t.CurrentValue - t.PreviousValue is var d && d >= 0 ? "+" : string.Empty) + Profiling.Fmt.Num(t.CurrentValue - t.PreviousValue);

    private static string Pct(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : string.Empty;

    private static string E(string text) => SafeText.MarkdownEscape(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
