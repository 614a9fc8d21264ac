using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Personas.Json;

/// <summary>
/// The one set of writer settings for every JSON file the project writes (personas.json, journeys.json, the model,
/// drift.json, attribution): two-space indentation, LF line ends on every OS, non-ASCII letters and characters such as
/// <c>+</c> written as themselves (<c>Kaffe-älskare</c>, <c>+02:00</c>), properties in declaration order, and a final
/// newline. Types are serialized through the source-generated <see cref="OutputJsonContext"/>, so no reflection is used.
/// </summary>
internal static class OutputJson
{
    /// <summary>The serializer options shared by every output.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Output files are standalone JSON documents (never inlined into HTML or script), so only what JSON itself
        // requires is escaped: quotes, backslashes and control characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    /// <summary>The source-generated type information, bound to <see cref="Options"/>.</summary>
    public static readonly OutputJsonContext Context = new(new JsonSerializerOptions(Options));

    /// <summary>The value as JSON text with a final newline.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo) + "\n";

    /// <summary>The value as UTF-8 JSON with a final newline.</summary>
    public static byte[] SerializeToUtf8<T>(T value, JsonTypeInfo<T> typeInfo) => [.. JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), (byte)'\n'];

    /// <summary>A number, or null when there is none or it is not finite (JSON has no NaN).</summary>
    public static double? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>A number rounded to 6 significant digits (stable text across platforms), or null when not finite.</summary>
    public static double? Rounded(double value) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    /// <summary>Entries ordered by key (ordinal), as an insertion-ordered dictionary, so maps are written in a stable order.</summary>
    public static Dictionary<string, TValue> Sorted<TSource, TValue>(IEnumerable<KeyValuePair<string, TSource>> entries, Func<TSource, TValue> select)
    {
        var result = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            result[key] = select(value);
        }

        return result;
    }

    /// <summary>A timestamp as <c>yyyy-MM-ddTHH:mm:ssK</c> (seconds, offset as <c>Z</c> or <c>+02:00</c>).</summary>
    public static string Seconds(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>A timestamp in the round-trip format (<c>O</c>).</summary>
    public static string RoundTrip(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
