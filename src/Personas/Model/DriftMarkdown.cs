using System.Globalization;
using System.Text;
using Personas.Reporting;
using Personas.Words;

namespace Personas.Model;

/// <summary>Renders <c>drift.md</c> in the personas' language (templates <c>drift.*</c>) with the data dictionary's labels and units.</summary>
internal static class DriftMarkdown
{
    public static string Render(DriftReport report, Wording w)
    {
        var sb = new StringBuilder();
        var n = w.Numbers;
        string Label(string id, bool previous)
        {
            var p = report.Personas.FirstOrDefault(x => x.Id == id && (previous ? x.Status != DriftAnalysis.Born : x.Status != DriftAnalysis.Retired));
            return p is null ? SafeText.MarkdownEscape(id) : $"{SafeText.MarkdownEscape(id)} {SafeText.MarkdownEscape(p.Name)}";
        }

        string Listed(int count, IEnumerable<string> items, string separator) => count == 0 ? w.T("drift.none") : string.Join(separator, items);

        var prev = report.PreviousModel;
        var previousPeriod = E(w.Period(report.PreviousPeriod));
        var currentPeriod = E(w.Period(report.CurrentPeriod));
        var created = prev.CreatedAt.ToString(w.Language == ReportLanguage.Finnish ? "d.M.yyyy HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        sb.Append(w.T("drift.title")).Append("\n\n");
        sb.Append(w.T(
            "drift.compared",
            ("created", created),
            ("file", prev.File is null ? string.Empty : " (" + SafeText.MarkdownEscape(prev.File) + ")"),
            ("rows", n.Count(prev.TrainingRows)),
            ("threshold", n.Fixed(report.MatchThreshold, "0.###")))).Append("\n\n");
        sb.Append(w.T("drift.summary")).Append("\n\n");
        var into = w.T("drift.into");
        sb.Append("- ").Append(w.T("drift.kept")).Append(' ').Append(Listed(report.Matches.Count, report.Matches.Select(m => Label(m.CurrentId, false) + " " + w.T("drift.moved", ("distance", n.Fixed(m.Distance, "0.##")))), ", ")).Append('\n');
        sb.Append("- ").Append(w.T("drift.born")).Append(' ').Append(Listed(report.Born.Count, report.Born.Select(id => Label(id, false)), ", ")).Append('\n');
        sb.Append("- ").Append(w.T("drift.retired")).Append(' ').Append(Listed(report.Retired.Count, report.Retired.Select(id => Label(id, true)), ", ")).Append('\n');
        sb.Append("- ").Append(w.T("drift.split")).Append(' ').Append(Listed(report.Split.Count, report.Split.Select(s => Label(s.PreviousId, true) + into + string.Join(", ", s.Into.Select(id => Label(id, false)))), "; ")).Append('\n');
        sb.Append("- ").Append(w.T("drift.merged")).Append(' ').Append(Listed(report.Merged.Count, report.Merged.Select(m => string.Join(", ", m.From.Select(id => Label(id, true))) + into + Label(m.CurrentId, false)), "; ")).Append('\n');
        sb.Append('\n');

        sb.Append(w.T("drift.personas")).Append("\n\n").Append(w.T("drift.personasHeader")).Append('\n');
        sb.Append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var p in report.Personas)
        {
            var change = p.PreviousShare is { } a && p.CurrentShare is { } b ? n.Points(b - a) : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"| {SafeText.MarkdownEscape(p.Id)} | {SafeText.MarkdownEscape(p.Name)} | {Status(p.Status, w)} | {Count(p.PreviousSize, n)} | {Count(p.CurrentSize, n)} | {Pct(p.PreviousShare, w)} | {Pct(p.CurrentShare, w)} | {change} | {(p.CentroidMovement is { } moved ? n.Fixed(moved, "0.###") : string.Empty)} |\n");
        }

        sb.Append('\n');
        var shifted = report.Personas.Where(p => p.TraitShifts.Count > 0).ToArray();
        if (shifted.Length > 0)
        {
            sb.Append(w.T("drift.shifts")).Append("\n\n").Append(w.T("drift.shiftsHowToRead", ("points", n.Fixed(report.MinShareShift * 100, "0.#")))).Append("\n\n");
            foreach (var p in shifted)
            {
                sb.Append("### ").Append(Label(p.Id, false)).Append("\n\n");
                sb.Append(w.T("drift.shiftsHeader", ("previous", previousPeriod), ("current", currentPeriod))).Append("\n| --- | ---: | ---: | ---: | ---: |\n");
                foreach (var t in p.TraitShifts)
                {
                    var symbol = t.IsShare ? "h" : "d";
                    sb.Append(CultureInfo.InvariantCulture, $"| {SafeText.MarkdownEscape(ShiftLabel(t, w))} | {Value(t, t.PreviousValue, w)} | {Value(t, t.CurrentValue, w)} | {Change(t, w)} | {symbol} = {n.SignedEffect(t.EffectSize)} |\n");
                }

                sb.Append('\n');
            }
        }

        var mig = report.Migration;
        sb.Append(w.T("drift.migration")).Append("\n\n");
        sb.Append(w.T(
            mig.Basis == "previousAssignments" ? "drift.migrationMatched" : "drift.migrationAssigned",
            ("customers", n.Count(mig.CustomersInBoth)),
            ("changed", Pct(mig.ChangedShare, w)))).Append("\n\n");
        if (mig.Matrix.Count > 0)
        {
            var columns = mig.Matrix.Values.SelectMany(r => r.Keys).Distinct().Order(PersonaIdComparer.Instance).ToArray();
            sb.Append(CultureInfo.InvariantCulture, $"| {previousPeriod} \\\\ {currentPeriod} | ").Append(string.Join(" | ", columns.Select(SafeText.MarkdownEscape))).Append(" |\n");
            sb.Append("| --- |").Append(string.Concat(columns.Select(_ => " ---: |"))).Append('\n');
            foreach (var (previousId, row) in mig.Matrix.OrderBy(kv => kv.Key, PersonaIdComparer.Instance))
            {
                sb.Append("| ").Append(SafeText.MarkdownEscape(previousId)).Append(" | ");
                sb.Append(string.Join(" | ", columns.Select(c => n.Count(row.GetValueOrDefault(c))))).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>What moved, in words: the column's label, its level, or the share of missing values.</summary>
    internal static string ShiftLabel(TraitShift t, Wording w) => t.Measure switch
    {
        Features.FeatureMeasure.MissingShare => w.T("drift.missingShare", ("label", w.Title(t.Column))),
        Features.FeatureMeasure.TypicalValue => w.T("drift.typicalValue", ("label", w.Title(t.Column))),
        Features.FeatureMeasure.Share => w.TraitTitle(t.Column, t.Level ?? "yes"),
        _ => w.Title(t.Column),
    };

    private static string Status(string status, Wording w) =>
        Templates.For(w.Language).TryGetValue("drift.status." + status, out var text) ? text : status;

    private static string Count(long? count, NumberStyle n) => count is { } c ? n.Count(c) : string.Empty;

    private static string Value(TraitShift t, double v, Wording w) => t.IsShare ? Pct(v, w) : w.Value(t.Column, v);

    private static string Change(TraitShift t, Wording w)
    {
        var d = t.CurrentValue - t.PreviousValue;
        return t.IsShare ? w.Numbers.Points(d) : (d >= 0 ? "+" : string.Empty) + w.Value(t.Column, d);
    }

    /// <summary>A share with one decimal: 25.9% / 25,9 %.</summary>
    private static string Pct(double? share, Wording w) => share is { } s
        ? w.Numbers.Fixed(s * 100, "0.0") + (w.Language == ReportLanguage.Finnish ? NumberStyle.Nbsp + "%" : "%")
        : string.Empty;

    private static string E(string text) => SafeText.MarkdownEscape(text);
}
