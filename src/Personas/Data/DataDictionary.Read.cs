using System.Globalization;
using System.Text.Json;
using Personas.Data.Text;

namespace Personas.Data;

/// <content>Reading a dictionary from CSV or JSON.</content>
public sealed partial class DataDictionary
{
    private const string Expected = "column, level, label, unit, high, low (each of label, unit, high and low also with a language suffix: label_fi), description";

    /// <summary>Reads a dictionary from CSV text (a header row naming the fields: <c>column,level,label,label_fi,unit,high,high_fi,low,low_fi</c>; only <c>column</c> is required).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name for error messages.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="PersonasDataException">A header is unknown, a column name is missing, a column or level is described twice, or a level row carries a unit, high or low.</exception>
    public static DataDictionary FromCsv(TextReader reader, string source = "dictionary.csv", char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        using var t = new CsvTokenizer(reader, delimiter, source);
        if (!t.ReadRecord())
        {
            throw new PersonasDataException(source, 1, null, null, "expected a header line naming the fields (" + Expected + "); the file is empty");
        }

        var fields = new (string Field, ReportLanguage? Language)[t.FieldCount];
        var columnIndex = -1;
        for (var i = 0; i < t.FieldCount; i++)
        {
            var header = t.FieldString(i).Trim().TrimStart('\uFEFF');
            fields[i] = Field(header, source);
            if (fields[i].Field == "column")
            {
                columnIndex = i;
            }
        }

        if (columnIndex < 0)
        {
            throw new PersonasDataException(source, 1, null, string.Join(",", Enumerable.Range(0, t.FieldCount).Select(t.FieldString)), "expected a header with a 'column' field");
        }

        var builders = new Dictionary<string, Builder>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        while (t.ReadRecord())
        {
            if (t.IsBlankRecord)
            {
                continue;
            }

            var line = t.RecordLine;
            string Get(int i) => i < t.FieldCount ? t.FieldString(i).Trim() : string.Empty;
            var column = Get(columnIndex);
            if (column.Length == 0)
            {
                throw new PersonasDataException(source, line, "column", null, "expected the name of a data column");
            }

            if (!builders.TryGetValue(column, out var b))
            {
                b = new Builder(column);
                builders.Add(column, b);
                order.Add(column);
            }

            var level = fields.Select((f, i) => (f, i)).Where(x => x.f.Field == "level").Select(x => Get(x.i)).FirstOrDefault() ?? string.Empty;
            for (var i = 0; i < fields.Length; i++)
            {
                var (field, language) = fields[i];
                var value = Get(i);
                if (value.Length == 0 || field is "column" or "level" or "description")
                {
                    continue;
                }

                b.Set(field, language ?? ReportLanguage.English, value, level.Length == 0 ? null : level, source, line, t.FieldString(i));
            }
        }

        return new DataDictionary(order.Select(c => builders[c].Build())) { Source = source };
    }

    /// <summary>Reads a dictionary from JSON: <c>{"columns": [{"column": "...", "label": "...", "label_fi": "...", "unit": "...", "high": "...", "low": "...", "levels": {"level": "label" or {"label": "...", "label_fi": "..."}}}]}</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for error messages.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="PersonasDataException">The JSON is malformed, a field is unknown or not a string, or a column is described twice.</exception>
    public static DataDictionary FromJson(string json, string source = "dictionary.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new PersonasDataException(source, (e.LineNumber ?? 0) + 1, null, null, "expected valid JSON: " + e.Message, e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array)
            {
                throw new PersonasDataException(source, null, "columns", root.ValueKind.ToString(), "expected an object with a \"columns\" array");
            }

            var builders = new List<Builder>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var c in columns.EnumerateArray())
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"columns[{index++}]");
                if (c.ValueKind != JsonValueKind.Object || !c.TryGetProperty("column", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
                {
                    throw new PersonasDataException(source, null, at + ".column", null, "expected an object with a \"column\" name");
                }

                var b = new Builder(name.GetString()!.Trim());
                if (!seen.Add(b.Column))
                {
                    throw new PersonasDataException(source, null, at + ".column", b.Column, "expected each column once");
                }

                foreach (var p in c.EnumerateObject())
                {
                    if (p.Name == "column" || p.Name == "description")
                    {
                        continue;
                    }

                    if (p.Name == "levels")
                    {
                        ReadLevels(b, p.Value, source, at + ".levels");
                        continue;
                    }

                    var (field, language) = Field(p.Name, source, at);
                    if (field == "level" || p.Value.ValueKind != JsonValueKind.String)
                    {
                        throw new PersonasDataException(source, null, at + "." + p.Name, p.Value.ValueKind.ToString(), field == "level" ? "expected levels in a \"levels\" object" : "expected a string");
                    }

                    b.Set(field, language ?? ReportLanguage.English, p.Value.GetString()!.Trim(), null, source, null, p.Value.GetString()!);
                }

                builders.Add(b);
            }

            return new DataDictionary(builders.Select(b => b.Build())) { Source = source };
        }
    }

    private static void ReadLevels(Builder b, JsonElement levels, string source, string at)
    {
        if (levels.ValueKind != JsonValueKind.Object)
        {
            throw new PersonasDataException(source, null, at, levels.ValueKind.ToString(), "expected an object of level -> label");
        }

        foreach (var l in levels.EnumerateObject())
        {
            if (l.Value.ValueKind == JsonValueKind.String)
            {
                b.Set("label", ReportLanguage.English, l.Value.GetString()!.Trim(), l.Name, source, null, l.Value.GetString()!);
                continue;
            }

            if (l.Value.ValueKind != JsonValueKind.Object)
            {
                throw new PersonasDataException(source, null, at + "." + l.Name, l.Value.ValueKind.ToString(), "expected a label or an object with \"label\" and \"label_fi\"");
            }

            foreach (var p in l.Value.EnumerateObject())
            {
                var (field, language) = Field(p.Name, source, at + "." + l.Name);
                if (field != "label" || p.Value.ValueKind != JsonValueKind.String)
                {
                    throw new PersonasDataException(source, null, at + "." + l.Name + "." + p.Name, p.Value.ValueKind.ToString(), "expected \"label\" or \"label_fi\" with a string");
                }

                b.Set("label", language ?? ReportLanguage.English, p.Value.GetString()!.Trim(), l.Name, source, null, p.Value.GetString()!);
            }
        }
    }

    /// <summary>The field and language of a header such as <c>label_fi</c>.</summary>
    private static (string Field, ReportLanguage? Language) Field(string header, string source, string? at = null)
    {
        var h = header.ToLowerInvariant();
        foreach (var (suffix, language) in new[] { ("_fi", ReportLanguage.Finnish), ("_en", ReportLanguage.English) })
        {
            if (h.EndsWith(suffix, StringComparison.Ordinal) && h[..^suffix.Length] is "label" or "high" or "low" or "unit")
            {
                return (h[..^suffix.Length], language);
            }
        }

        return h switch
        {
            "column" or "level" or "description" => (h, null),
            "label" or "high" or "low" or "unit" => (h, ReportLanguage.English),
            _ => throw new PersonasDataException(source, at is null ? 1 : null, at ?? header, header, "expected one of the fields " + Expected),
        };
    }

    private sealed class Builder(string column)
    {
        private readonly Dictionary<ReportLanguage, string> _label = [];
        private readonly Dictionary<ReportLanguage, string> _high = [];
        private readonly Dictionary<ReportLanguage, string> _low = [];
        private readonly Dictionary<string, Dictionary<ReportLanguage, string>> _levels = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<ReportLanguage, string> _unit = [];

        public string Column => column;

        public void Set(string field, ReportLanguage language, string value, string? level, string source, long? line, string raw)
        {
            if (value.Length == 0)
            {
                return;
            }

            string Where() => level is null ? field : $"{field} of level '{level}'";
            if (level is not null && field != "label")
            {
                throw new PersonasDataException(source, line, field, raw, $"expected no {field} on a level row (column '{column}', level '{level}'): units and high/low words belong on the column's own row");
            }

            var target = level is null
                ? field switch { "label" => _label, "high" => _high, "low" => _low, _ => _unit }
                : _levels.TryGetValue(level, out var l) ? l : _levels[level] = [];

            if (!target.TryAdd(language, value))
            {
                throw new PersonasDataException(source, line, field, raw, $"expected one {Where()} per language for column '{column}', already '{target[language]}'");
            }
        }

        public DataDictionaryEntry Build() => new()
        {
            Column = column,
            Label = _label,
            Unit = _unit,
            High = _high,
            Low = _low,
            Levels = _levels.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<ReportLanguage, string>)kv.Value, StringComparer.OrdinalIgnoreCase),
        };
    }
}
