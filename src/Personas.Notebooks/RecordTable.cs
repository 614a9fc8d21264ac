using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Personas.Notebooks;

/// <summary>
/// A sequence of objects without a formatter of their own (records, anonymous types from a LINQ <c>Select</c>) shows as
/// an HTML table, one row per item and one column per public property, instead of a dump of <c>ToString()</c>; items
/// that have a notebook formatter show one after another.
/// </summary>
internal static class RecordTable
{
    private const int MaxRows = 100;
    private const string Th = "text-align:left;padding:4px 10px;border-bottom:2px solid #e5e7eb;font-weight:600";
    private const string Td = "padding:4px 10px;border-bottom:1px solid #f0f0f0;vertical-align:top";
    private const string TdNum = Td + ";text-align:right;font-variant-numeric:tabular-nums";

    public static string? ToHtml(object value)
    {
        if (value is string || value is not IEnumerable sequence || ConventionFormatters.Format(value).Count > 0)
        {
            return null;
        }

        var items = sequence.Cast<object?>().Take(MaxRows + 1).ToList();
        var first = items.FirstOrDefault(i => i is not null);
        if (first is null || IsScalar(first.GetType()))
        {
            return null;
        }

        var html = new StringBuilder("<div class=\"personas-notebook-table\" style=\"font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;line-height:1.45;color:#1f2937\">");
        var formatted = ConventionFormatters.Format(first).FirstOrDefault(f => f.Key == "text/html").Value;
        if (formatted is not null)
        {
            foreach (var item in items.Take(MaxRows).OfType<object>())
            {
                html.Append(ConventionFormatters.Format(item).FirstOrDefault(f => f.Key == "text/html").Value ?? "<pre>" + HtmlText.Escape(ValueFormatter.PlainText(item)) + "</pre>");
            }
        }
        else
        {
            var type = first.GetType();
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToArray();
            if (properties.Length == 0)
            {
                return null;
            }

            html.Append("<table style=\"border-collapse:collapse;margin:6px 0\"><thead><tr>");
            foreach (var p in properties)
            {
                html.Append("<th style=\"").Append(Th).Append("\">").Append(HtmlText.Escape(Label(p.Name))).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var item in items.Take(MaxRows))
            {
                html.Append("<tr>");
                foreach (var p in properties)
                {
                    var cell = item is not null && type.IsInstanceOfType(item) ? p.GetValue(item) : null;
                    html.Append("<td style=\"").Append(IsNumber(cell) ? TdNum : Td).Append("\">").Append(HtmlText.Escape(Cell(cell))).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        if (items.Count > MaxRows)
        {
            html.Append("<div style=\"color:#6b7280\">the first ").Append(MaxRows.ToString(CultureInfo.InvariantCulture)).Append(" items</div>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>"NeverConvertShare" reads "Never convert share".</summary>
    internal static string Label(string name)
    {
        var b = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                b.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                b.Append(c == '_' ? ' ' : c);
            }
        }

        return b.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("#,0.###", CultureInfo.InvariantCulture),
        float f => f.ToString("#,0.###", CultureInfo.InvariantCulture),
        IFormattable n when IsNumber(n) => n.ToString("#,0.###", CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable e => string.Join(", ", e.Cast<object?>().Take(20).Select(x => ValueFormatter.PlainText(x))),
        _ => ValueFormatter.PlainText(value),
    };

    private static bool IsNumber(object? value) => value is byte or short or int or long or float or double or decimal or uint or ulong or ushort or sbyte;

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly);
}
