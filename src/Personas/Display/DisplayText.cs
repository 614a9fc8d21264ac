using System.Globalization;
using System.Text;
using Personas.Journeys;
using Personas.Model;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Segmentation;

namespace Personas.Display;

/// <summary>The notebook display (<c>text/html</c> and <c>text/plain</c>) of the library's result types. HTML uses inline
/// styles only (it lands inside a notebook page) and encodes every text that comes from data.</summary>
internal static partial class DisplayText
{
    /// <summary>The HTML MIME type.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The plain-text MIME type.</summary>
    public const string PlainMimeType = "text/plain";

    /// <summary>The types with a display.</summary>
    public static readonly Type[] Types =
    [
        typeof(PersonaSet), typeof(Persona), typeof(KSelectionReport), typeof(JourneyMap), typeof(DriftReport),
        typeof(Data.CustomerTable), typeof(Features.FeaturePlan), typeof(PersonaAssignment), typeof(SegmentationQuality),
    ];

    private const string Box = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;line-height:1.45;color:#1f2937;max-width:960px";
    private const string Th = "text-align:left;padding:4px 10px;border-bottom:2px solid #e5e7eb;font-weight:600";
    private const string Td = "padding:4px 10px;border-bottom:1px solid #f0f0f0;vertical-align:top";
    private const string TdNum = "padding:4px 10px;border-bottom:1px solid #f0f0f0;text-align:right;font-variant-numeric:tabular-nums";
    private const string Muted = "color:#6b7280";

    /// <summary>The HTML display of a library result, or null for another value.</summary>
    public static string? Html(object value) => value switch
    {
        PersonaSet s => PersonaSetHtml(s),
        Persona p => PersonaHtml(p),
        KSelectionReport k => KSelectionHtml(k),
        JourneyMap j => JourneyMapHtml(j),
        DriftReport d => DriftHtml(d),
        Data.CustomerTable t => TableHtml(t),
        Features.FeaturePlan f => PlanHtml(f),
        PersonaAssignment a => AssignmentHtml(a),
        SegmentationQuality q => QualityHtml(q),
        _ => null,
    };

    /// <summary>The plain-text summary of a library result, or null for another value.</summary>
    public static string? Plain(object value) => value switch
    {
        PersonaSet s => PersonaSetPlain(s),
        Persona p => PersonaPlain(p),
        KSelectionReport k => KSelectionPlain(k),
        JourneyMap j => JourneyMapPlain(j),
        DriftReport d => DriftPlain(d),
        Data.CustomerTable t => TablePlain(t),
        Features.FeaturePlan f => PlanPlain(f),
        PersonaAssignment a => AssignmentPlain(a),
        SegmentationQuality q => QualityPlain(q),
        _ => null,
    };

    private static string E(string? text) => SafeText.HtmlEncode(text);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string N(double? x) => x is { } v && double.IsFinite(v) ? Fmt.Effect(v) : "-";

    private static StringBuilder Open(string title, string? subtitle)
    {
        var b = new StringBuilder();
        b.Append("<div class=\"personas-display\" style=\"").Append(Box).Append("\">");
        b.Append("<div style=\"font-size:16px;font-weight:600;margin:4px 0\">").Append(title).Append("</div>");
        if (subtitle is not null)
        {
            b.Append("<div style=\"").Append(Muted).Append(";margin-bottom:6px\">").Append(subtitle).Append("</div>");
        }

        return b;
    }

    private static void Table(StringBuilder b, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Func<int, bool>? numeric = null, Func<int, bool>? bold = null)
    {
        b.Append("<table style=\"border-collapse:collapse;margin:6px 0\"><thead><tr>");
        foreach (var h in headers)
        {
            b.Append("<th style=\"").Append(Th).Append("\">").Append(h).Append("</th>");
        }

        b.Append("</tr></thead><tbody>");
        var r = 0;
        foreach (var row in rows)
        {
            b.Append(bold?.Invoke(r) == true ? "<tr style=\"font-weight:600;background:#f5f7ff\">" : "<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                b.Append("<td style=\"").Append(numeric?.Invoke(c) == true ? TdNum : Td).Append("\">").Append(row[c]).Append("</td>");
            }

            b.Append("</tr>");
            r++;
        }

        b.Append("</tbody></table>");
    }

    private static void List(StringBuilder b, string heading, IEnumerable<string> items)
    {
        var array = items.ToArray();
        if (array.Length == 0)
        {
            return;
        }

        b.Append("<div style=\"font-weight:600;margin-top:8px\">").Append(heading).Append("</div><ul style=\"margin:2px 0 4px 18px;padding:0\">");
        foreach (var item in array)
        {
            b.Append("<li>").Append(item).Append("</li>");
        }

        b.Append("</ul>");
    }

    private static string Close(StringBuilder b) => b.Append("</div>").ToString();
}
