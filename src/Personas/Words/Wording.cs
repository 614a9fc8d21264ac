using Personas.Data;
using Personas.Profiling;

namespace Personas.Words;

/// <summary>
/// How Personas words things in one language with one data dictionary: readable labels of columns and levels, values
/// with their units, shares, counts and ratios formatted for the language. The cards, the report, the charts and the
/// notebook displays all use it, so a label or a unit reads the same everywhere.
/// </summary>
/// <example>
/// <code>
/// var words = new Wording(DataDictionary.Load("data-samples/dictionary.csv"), ReportLanguage.Finnish);
/// words.Title("avg_order_value");           // "Keskiostos"
/// words.Value("avg_order_value", 41.3);     // "41 €"
/// </code>
/// </example>
public sealed class Wording
{
    /// <summary>Creates the wording for a dictionary and a language.</summary>
    /// <param name="labels">The data dictionary, or null for none (labels are column names made readable).</param>
    /// <param name="language">The language.</param>
    public Wording(DataDictionary? labels = null, ReportLanguage language = ReportLanguage.English)
    {
        Labels = labels ?? DataDictionary.Empty;
        Language = language;
        Numbers = NumberStyle.For(language);
    }

    /// <summary>English without a data dictionary.</summary>
    public static Wording Default { get; } = new();

    /// <summary>The data dictionary.</summary>
    public DataDictionary Labels { get; }

    /// <summary>The language.</summary>
    public ReportLanguage Language { get; }

    internal NumberStyle Numbers { get; }

    /// <summary>The wording a persona set was made with (its dictionary and language).</summary>
    /// <param name="set">The persona set.</param>
    /// <returns>The wording.</returns>
    public static Wording Of(PersonaSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Labels.Equals(DataDictionary.Empty) && set.Language == ReportLanguage.English ? Default : new Wording(set.Labels, set.Language);
    }

    /// <summary>The label of a column as it reads inside a sentence ("discount share", "average order value").</summary>
    /// <param name="column">The column.</param>
    /// <returns>The label.</returns>
    public string Label(string column) => Labels.Label(column, Language);

    /// <summary>The label of a column as a title, first letter upper case ("Discount share").</summary>
    /// <param name="column">The column.</param>
    /// <returns>The title.</returns>
    public string Title(string column) => Capitalise(Label(column));

    /// <summary>
    /// The words for customers who have a level: the dictionary's level label ("live alone"), else a phrase made from the
    /// column's label and the level ("have household type single"; Finnish: <c>kotitalous ”single”</c>).
    /// </summary>
    /// <param name="column">The column.</param>
    /// <param name="level">The level (<c>yes</c> for a yes/no column).</param>
    /// <returns>The phrase, in lower case unless the dictionary capitalises it.</returns>
    public string LevelPhrase(string column, string level)
    {
        if (Labels.LevelLabel(column, level, Language) is { } label)
        {
            return label;
        }

        var columnLabel = Label(column);
        if (level != "yes")
        {
            return T("phrase.level", ("column", columnLabel), ("level", level));
        }

        foreach (var (prefix, key) in new[] { ("is ", "phrase.isYes"), ("has ", "phrase.hasYes") })
        {
            if (columnLabel.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && columnLabel.Length > prefix.Length)
            {
                return T(key, ("rest", columnLabel[prefix.Length..]));
            }
        }

        return T("phrase.yes", ("column", columnLabel));
    }

    /// <summary>
    /// The words for customers with an outcome, as a verb phrase: the dictionary's label of the level ("churned"), else
    /// plain words for common outcome columns (<c>Churn</c> -> "left", <c>Response</c> -> "responded",
    /// <c>AcceptedCmp3</c> -> "accepted campaign 3", <c>Revenue</c> -> "bought"), else the level phrase.
    /// </summary>
    /// <param name="column">The outcome column.</param>
    /// <param name="level">The level counted as the outcome, or null for a yes/no column.</param>
    /// <returns>The phrase.</returns>
    public string OutcomePhrase(string column, string? level)
    {
        ArgumentNullException.ThrowIfNull(column);
        var lv = level ?? "yes";
        if (Labels.LevelLabel(column, lv, Language) is { } label)
        {
            return label;
        }

        if (lv != "yes")
        {
            return LevelPhrase(column, lv);
        }

        var tokens = Personas.Data.ColumnWords.Split(column);
        string? key = tokens.FirstOrDefault() switch
        {
            "churn" or "churned" or "exited" or "attrition" or "left" => "outcome.left",
            "response" or "responded" => "outcome.responded",
            "revenue" or "purchased" or "converted" or "conversion" or "purchase" => "outcome.bought",
            "complain" or "complained" or "complaint" => "outcome.complained",
            "default" or "defaulted" => "outcome.defaulted",
            "y" or "target" or "label" or "outcome" when tokens.Length == 1 => "outcome.saidYes",
            _ => null,
        };
        if (tokens is ["accepted", "cmp" or "campaign", var n] && int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return T("outcome.accepted", ("n", n));
        }

        return key is null ? LevelPhrase(column, lv) : T(key, ("column", Label(column)));
    }

    /// <summary>How a trait is named in a table: the column's title for a number ("Discount share"), the dictionary's label
    /// of a yes ("Subscribe to the newsletter") or the column's title, else "Column: level" ("Household: live alone").</summary>
    /// <param name="trait">The trait.</param>
    /// <returns>The row title.</returns>
    public string TraitTitle(Trait trait)
    {
        ArgumentNullException.ThrowIfNull(trait);
        return TraitTitle(trait.Feature, trait.Level);
    }

    /// <summary>How a column, or one of its levels, is named in a table (see <see cref="TraitTitle(Trait)"/>).</summary>
    internal string TraitTitle(string column, string? level)
    {
        if (level is null)
        {
            return Title(column);
        }

        if (level == "yes")
        {
            return Labels.LevelLabel(column, "yes", Language) is { } yes ? Capitalise(yes) : Title(column);
        }

        return Title(column) + ": " + (Labels.LevelLabel(column, level, Language) ?? level);
    }

    /// <summary>A trait's value for the persona or the other customers: a share as a percentage, a number with its unit.</summary>
    /// <param name="trait">The trait.</param>
    /// <param name="persona">True for the persona, false for the other customers.</param>
    /// <returns>For example "42%", "€41", "29 years".</returns>
    public string Value(Trait trait, bool persona)
    {
        ArgumentNullException.ThrowIfNull(trait);
        var v = persona ? trait.PersonaValue : trait.RestValue;
        return trait.Kind == TraitKind.Categorical ? Share(v) : Value(trait.Feature, v);
    }

    /// <summary>A number of a column with the column's unit from the dictionary ("€41", "41 €", "42%", "29 years").</summary>
    /// <param name="column">The column.</param>
    /// <param name="value">The value.</param>
    /// <returns>The formatted value.</returns>
    public string Value(string column, double value) => Numbers.Value(value, Labels.Unit(column, Language));

    /// <summary>True when the dictionary says a column holds 0..1 shares (unit <c>share</c>): its values read as percentages.</summary>
    /// <param name="column">The column.</param>
    /// <returns>Whether the column is a share.</returns>
    public bool IsShare(string column) => NumberStyle.IsShare(Labels.Unit(column));

    /// <summary>A share as a percentage ("18.4%", "18,4 %").</summary>
    /// <param name="share">The share, 0..1.</param>
    /// <returns>The percentage.</returns>
    public string Share(double share) => Numbers.Pct(share);

    /// <summary>A count ("1,297", "1 297").</summary>
    /// <param name="count">The count.</param>
    /// <returns>The formatted count.</returns>
    public string Count(long count) => Numbers.Count(count);

    /// <summary>A plain number ("12.5", "12,5").</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public string Number(double value) => Numbers.Num(value);

    /// <summary>A ratio ("2.3x", "2,3x").</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The formatted ratio.</returns>
    public string Ratio(double ratio) => Numbers.Ratio(ratio);

    /// <summary>An effect size or quality measure ("0.42", "0,42").</summary>
    /// <param name="value">The value.</param>
    /// <returns>The formatted value.</returns>
    public string Effect(double value) => Numbers.Effect(value);

    /// <summary>A p- or q-value ("&lt; 0.001", "0.012").</summary>
    /// <param name="p">The value.</param>
    /// <returns>The formatted value.</returns>
    public string P(double p) => Numbers.P(p);

    /// <summary>A template of this language with its placeholders filled.</summary>
    internal string T(string key, params (string Name, string Value)[] args) => Templates.Format(Language, key, args);

    /// <summary>A period's name: the refresh's default names ("Last quarter", "This quarter") in this language, a name the user gave as it is.</summary>
    internal string Period(string period) =>
        period == Model.RefreshOptions.DefaultPreviousPeriod ? T("drift.lastQuarter") : period == Model.RefreshOptions.DefaultCurrentPeriod ? T("drift.thisQuarter") : period;

    /// <summary>A message the pipeline wrote in English (k reason, value column note, journey counting, outcome reason, data quality, warning), in this language.</summary>
    internal string Message(string english) => Language == ReportLanguage.Finnish ? FinnishMessages.Translate(english) : english;

    /// <summary>"a, b and c" in this language.</summary>
    internal string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => T("list.and", ("first", string.Join(", ", items.Take(items.Count - 1))), ("last", items[^1])),
    };

    /// <summary>The text with its first letter in upper case.</summary>
    internal static string Capitalise(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
