using System.Text;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Display;

internal static partial class DisplayText
{
    private static string KSelectionHtml(KSelectionReport report)
    {
        var b = Open(I($"Chosen k = {report.ChosenK}") + (report.Auto ? " (automatic)" : " (fixed)"), E(report.Reason));
        var scores = report.Scores.OrderBy(s => s.K).ToArray();
        Table(
            b,
            ["k", "Silhouette", "Stability", "Smallest share", "Calinski-Harabasz", "Davies-Bouldin", "Inertia"],
            scores.Select(s => (IReadOnlyList<string>)
            [
                I($"{s.K}"), N(s.Silhouette), N(s.Stability), double.IsFinite(s.SmallestShare) ? Fmt.Pct(s.SmallestShare) : "-",
                I($"{s.CalinskiHarabasz:0.#}"), N(s.DaviesBouldin), Fmt.Num(s.Inertia),
            ]),
            numeric: _ => true,
            bold: r => scores[r].K == report.ChosenK);
        b.Append("<div style=\"").Append(Muted).Append("\">Rule: ").Append(E(report.Rule)).Append("</div>");
        return Close(b);
    }

    private static string KSelectionPlain(KSelectionReport report)
    {
        var b = new StringBuilder(I($"KSelectionReport: chosen k = {report.ChosenK} ({(report.Auto ? "automatic" : "fixed")}): {report.Reason}"));
        b.Append("\n  k  silhouette  stability  smallest share");
        foreach (var s in report.Scores.OrderBy(s => s.K))
        {
            b.Append(I($"\n  {s.K,-2} {N(s.Silhouette),10} {N(s.Stability),10}  {(double.IsFinite(s.SmallestShare) ? Fmt.Pct(s.SmallestShare) : "-"),14}"));
            if (s.K == report.ChosenK)
            {
                b.Append("  <- chosen");
            }
        }

        return b.ToString();
    }
}
