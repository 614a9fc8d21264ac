using Personas.Data.Text;

namespace Personas.Data;

/// <summary>
/// A data dictionary: readable labels, units and level labels for the columns of the customer data, used everywhere
/// Personas writes words (names, taglines, sentences, cards, report, charts, notebook displays, drift). Without an entry a
/// column's label is its name made readable (<c>discount_share</c> -> "discount share", <c>MntWines</c> -> "mnt wines").
/// Load one from a CSV or JSON file (<c>personas build --labels FILE</c>):
/// <code>
/// column,level,label,label_fi,unit,high,high_fi,low,low_fi
/// avg_order_value,,average order value,keskiostos,€,,,,
/// age,,age,ikä,years,older,varttuneet,young,nuoret
/// household_type,,household,kotitalous,,,,,
/// household_type,single,live alone,yksin asuvat,,,,,
/// </code>
/// A row without a level describes the column; a row with a level labels that level. The same as JSON:
/// <code>
/// { "columns": [ { "column": "household_type", "label": "household", "label_fi": "kotitalous",
///                  "levels": { "single": { "label": "live alone", "label_fi": "yksin asuvat" } } } ] }
/// </code>
/// </summary>
public sealed partial class DataDictionary
{
    private readonly Dictionary<string, DataDictionaryEntry> _entries;

    /// <summary>Creates a dictionary from entries.</summary>
    /// <param name="entries">The entries, at most one per column (case-insensitive).</param>
    /// <exception cref="ArgumentException">Two entries name the same column, or a column name is empty.</exception>
    public DataDictionary(IEnumerable<DataDictionaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new Dictionary<string, DataDictionaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            if (string.IsNullOrWhiteSpace(e.Column))
            {
                throw new ArgumentException("A data dictionary entry needs a column name.", nameof(entries));
            }

            if (!_entries.TryAdd(e.Column.Trim(), e))
            {
                throw new ArgumentException($"The data dictionary describes column '{e.Column}' twice.", nameof(entries));
            }
        }

        Entries = [.. _entries.Values];
        Source = null;
    }

    /// <summary>The empty dictionary: every label is the column name made readable.</summary>
    public static DataDictionary Empty { get; } = new([]);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<DataDictionaryEntry> Entries { get; }

    /// <summary>The file the dictionary was read from, or null.</summary>
    public string? Source { get; private init; }

    /// <summary>The entry of a column, or null.</summary>
    /// <param name="column">The column name (case-insensitive).</param>
    /// <returns>The entry, or null when the dictionary does not describe the column.</returns>
    public DataDictionaryEntry? Find(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return _entries.GetValueOrDefault(column.Trim());
    }

    /// <summary>The readable label of a column in a language, in lower case as it reads inside a sentence (acronyms and the dictionary's own capitals kept).</summary>
    /// <param name="column">The column name.</param>
    /// <param name="language">The language.</param>
    /// <returns>The dictionary's label, else the English one, else the column name made readable.</returns>
    public string Label(string column, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(column);
        var e = Find(column);
        return Pick(e?.Label, language) ?? SummedFamily(column, language) ?? Readable(column);
    }

    /// <summary>
    /// The label of a value summed over a family of money columns (<c>Mnt* (6 columns)</c>, as value detection names it):
    /// "spending (Mnt*, 6 columns)" (or "sales", "revenue" by the family's word), which reads in a sentence ("They bring in
    /// 89% of all spending (Mnt*, 6 columns)") where "mnt (6 columns)" did not.
    /// </summary>
    private static string? SummedFamily(string column, ReportLanguage language)
    {
        var m = FamilyLabel().Match(column);
        if (!m.Success)
        {
            return null;
        }

        var prefix = m.Groups["prefix"].Value;
        var count = m.Groups["count"].Value;
        var word = prefix.ToLowerInvariant() switch
        {
            var p when p.StartsWith("sales", StringComparison.Ordinal) => language == ReportLanguage.Finnish ? "myynti" : "sales",
            var p when p.StartsWith("revenue", StringComparison.Ordinal) => language == ReportLanguage.Finnish ? "liikevaihto" : "revenue",
            _ => language == ReportLanguage.Finnish ? "kulutus" : "spending",
        };
        return language == ReportLanguage.Finnish ? $"{word} ({prefix}*, {count} saraketta)" : $"{word} ({prefix}*, {count} columns)";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<prefix>[^*()]+)\* \((?<count>\d+) columns\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FamilyLabel();

    /// <summary>The label of a level of a column, or null when the dictionary has none.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="level">The level (<c>yes</c> for the "yes" of a yes/no column).</param>
    /// <param name="language">The language.</param>
    /// <returns>The level's label in the language, else in English, else null.</returns>
    public string? LevelLabel(string column, string level, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(level);
        if (Find(column) is not { } e)
        {
            return null;
        }

        if (e.Levels.TryGetValue(level.Trim(), out var labels) || (IsYes(level) && YesKeys.Any(k => e.Levels.TryGetValue(k, out labels))))
        {
            return Pick(labels, language);
        }

        return null;
    }

    /// <summary>The unit of a column, or null.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="language">The language (a unit word such as "years" can have a Finnish form, <c>unit_fi</c>).</param>
    /// <returns>The unit in the language, else in English, else null.</returns>
    public string? Unit(string column, ReportLanguage language = ReportLanguage.English) => Pick(Find(column)?.Unit, language);

    /// <summary>The words for customers with high (<paramref name="high"/>) or low values of a column, or null.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="high">True for high values, false for low ones.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words, or null when the dictionary has none.</returns>
    public string? Describe(string column, bool high, ReportLanguage language = ReportLanguage.English) =>
        Find(column) is { } e ? Pick(high ? e.High : e.Low, language) : null;

    /// <summary>Reads a dictionary from a CSV (<c>.csv</c>, <c>.tsv</c>, <c>.txt</c>) or JSON (<c>.json</c>) file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="PersonasDataException">The file is malformed: the message names the file, line and column.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DataDictionary Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(File.ReadAllText(path, System.Text.Encoding.UTF8), name);
        }

        var peek = TextSource.Peek(path, 5);
        using var reader = TextSource.Open(path);
        return FromCsv(reader, name, DelimiterDetector.Detect(peek).Delimiter);
    }

    /// <summary>The column name made readable: words split at underscores, dashes, dots, spaces, case changes and digits, lower case except acronyms (<c>NPS</c>).</summary>
    /// <param name="column">The column name.</param>
    /// <returns>For example "discount share" for <c>discount_share</c>, "mnt wines" for <c>MntWines</c>, "NPS score" for <c>NPS_score</c>, "revenue 12m" for <c>revenue_12m</c>, "spending score (1–100)" for <c>Spending Score (1-100)</c>, "pdays = -1 (3 columns)" for a merged fact's <c>pdays = -1 (3 columns)</c>.</returns>
    public static string Readable(string column)
    {
        ArgumentNullException.ThrowIfNull(column);

        // A part in parentheses is a unit or a range and stays as written: "Spending Score (1-100)" -> "spending score
        // (1–100)", "Annual Income (k$)" -> "annual income (k$)".
        var open = column.IndexOf('(', StringComparison.Ordinal);
        var close = column.LastIndexOf(')');
        if (open >= 0 && close > open)
        {
            var inner = column[(open + 1)..close].Trim();
            inner = System.Text.RegularExpressions.Regex.Replace(inner, @"(?<=\d)\s*-\s*(?=\d)", "\u2013");
            var rest = (column[..open] + " " + column[(close + 1)..]).Trim();
            return inner.Length == 0 || rest.Length == 0 ? Readable(rest.Length == 0 ? inner : rest) : Readable(rest) + " (" + inner + ")";
        }

        // A sum of columns ("MntWines + MntFruits", "spend_food + 3 more columns") keeps its plus sign.
        if (column.Contains(" + ", StringComparison.Ordinal))
        {
            return string.Join(" + ", column.Split(" + ").Select(part => Readable(part.Trim())));
        }

        // A merged fact's name ("pdays = -1") keeps its value as written: "pdays 1" would say something else.
        var equals = column.IndexOf(" = ", StringComparison.Ordinal);
        if (equals > 0)
        {
            return Readable(column[..equals]) + " = " + column[(equals + 3)..].Trim();
        }

        var words = ColumnWords.SplitKeepingCase(column);
        if (words.Count == 0)
        {
            return column;
        }

        // A number and a short unit stay together: revenue_12m -> "revenue 12m", not "revenue 12 m".
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i].Length <= 2 && words[i].All(char.IsLower) && words[i - 1].All(char.IsDigit))
            {
                words[i - 1] += words[i];
                words.RemoveAt(i);
            }
        }

        var allUpper = words.All(w => !w.Any(char.IsLower));
        return string.Join(' ', words.Select(w => !allUpper && w.Length >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Any(char.IsLetter) ? w : w.ToLowerInvariant()));
    }

    private static readonly string[] YesKeys = ["yes", "true", "1", "y"];

    private static bool IsYes(string level) => YesKeys.Contains(level.Trim(), StringComparer.OrdinalIgnoreCase);

    private static string? Pick(IReadOnlyDictionary<ReportLanguage, string>? texts, ReportLanguage language) =>
        texts is null ? null : texts.TryGetValue(language, out var t) ? t : texts.TryGetValue(ReportLanguage.English, out var en) ? en : null;
}
