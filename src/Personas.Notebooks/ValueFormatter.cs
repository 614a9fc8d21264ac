using System.Collections;
using System.Globalization;
using System.Text;

namespace Personas.Notebooks;

/// <summary>Turns a value into a MIME bundle: the type's notebook formatters (by convention) for HTML and text, else plain text.</summary>
internal static class ValueFormatter
{
    private const int MaxItems = 100;

    public static IReadOnlyList<KeyValuePair<string, string>> Format(object? value, DisplayState? state = null)
    {
        if (value is null)
        {
            return [new("text/plain", "<null>")];
        }

        if (value is DisplayContent content)
        {
            return content.MimeType == "text/plain" ? [new("text/plain", content.Content)] : [new(content.MimeType, content.Content), new("text/plain", PlainOf(content))];
        }

        var formatted = ConventionFormatters.Format(value);
        var html = formatted.FirstOrDefault(f => f.Key == "text/html").Value ?? PlotlyCharts.ToHtml(value, state ?? new DisplayState()) ?? RecordTable.ToHtml(value);
        var plain = formatted.FirstOrDefault(f => f.Key == "text/plain").Value ?? PlainText(value);
        return html is null ? [new("text/plain", plain)] : [new("text/html", html), new("text/plain", plain)];
    }

    private static string PlainOf(DisplayContent content) => content.MimeType switch
    {
        "text/markdown" => content.Content,
        "text/html" => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(content.Content, "<[^>]*>", string.Empty)).Trim(),
        _ => "[" + content.MimeType + "]",
    };

    public static string PlainText(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e when !OverridesToString(value.GetType()) => Sequence(e),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string Sequence(IEnumerable items)
    {
        var sb = new StringBuilder("[");
        var n = 0;
        foreach (var item in items)
        {
            if (n > 0)
            {
                sb.Append(", ");
            }

            if (n == MaxItems)
            {
                sb.Append("...");
                break;
            }

            sb.Append(item is IEnumerable and not string ? (item.ToString() ?? string.Empty) : PlainText(item));
            n++;
        }

        return sb.Append(']').ToString();
    }

    /// <summary>True when a type other than the BCL's collections defines its own text (a record, a custom collection with ToString).</summary>
    private static bool OverridesToString(Type type)
    {
        var declaring = type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType;
        return declaring is not null && declaring != typeof(object) && declaring.Assembly != typeof(object).Assembly;
    }
}
