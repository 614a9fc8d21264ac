namespace Personas.Data;

/// <summary>
/// What a <see cref="DataDictionary"/> says about one column: its readable label, unit, the words for people with high or
/// low values, and readable labels of its levels. Every text is optional; a Finnish text (<c>_fi</c>) falls back to the
/// English one, and the English one to the column's own name made readable.
/// </summary>
public sealed record DataDictionaryEntry
{
    /// <summary>The column name as in the data (matched case-insensitively).</summary>
    public required string Column { get; init; }

    /// <summary>The label by language, for example "average order value" / "keskiostos".</summary>
    public IReadOnlyDictionary<ReportLanguage, string> Label { get; init; } = new Dictionary<ReportLanguage, string>();

    /// <summary>
    /// The unit by language: a currency (<c>€</c>, <c>$</c>, <c>£</c> go before the number in English and after it in
    /// Finnish; codes such as <c>EUR</c>, <c>SEK</c>, <c>kr</c> after it), <c>share</c> for a 0..1 share shown as a
    /// percentage, <c>%</c> for a value already in percent, or a word shown after the number (<c>years</c> / <c>vuotta</c>).
    /// </summary>
    public IReadOnlyDictionary<ReportLanguage, string> Unit { get; init; } = new Dictionary<ReportLanguage, string>();

    /// <summary>Words for customers with a high value, by language: one word describes ("young", "loyal"), several words complete "customers who ..." ("buy on discount"); in Finnish a plural attribute ("alennuksella ostavat").</summary>
    public IReadOnlyDictionary<ReportLanguage, string> High { get; init; } = new Dictionary<ReportLanguage, string>();

    /// <summary>Words for customers with a low value, by language (see <see cref="High"/>).</summary>
    public IReadOnlyDictionary<ReportLanguage, string> Low { get; init; } = new Dictionary<ReportLanguage, string>();

    /// <summary>Labels of levels by level (matched case-insensitively; <c>yes</c>/<c>true</c>/<c>1</c> name the "yes" of a yes/no column), then by language: a phrase that completes "N% of them ..." ("live alone"); in Finnish a plural attribute ("yksin asuvat").</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<ReportLanguage, string>> Levels { get; init; } = new Dictionary<string, IReadOnlyDictionary<ReportLanguage, string>>(StringComparer.OrdinalIgnoreCase);
}
