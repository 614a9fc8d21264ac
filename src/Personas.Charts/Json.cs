namespace Personas.Charts;

/// <summary>Small builders for the plain JSON objects Plotly.NET serialises into layouts and traces.</summary>
internal static class Json
{
    /// <summary>A JSON object from key/value pairs (null values are left out).</summary>
    public static Dictionary<string, object> O(params (string Key, object? Value)[] pairs)
    {
        var d = new Dictionary<string, object>(pairs.Length, StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                d[key] = value;
            }
        }

        return d;
    }

    /// <summary>A title object <c>{"text": ...}</c>.</summary>
    public static Dictionary<string, object> Title(string text) => O(("text", text));
}
