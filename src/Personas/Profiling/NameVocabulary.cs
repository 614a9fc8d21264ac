using System.Text.Json;
using Personas.Data;

namespace Personas.Profiling;

/// <summary>
/// The words used to name personas: rules that map a feature (and level) and a direction to words such as
/// "High-income", "Wine lovers", "Store regulars", "Deal hunters", "Young families" or "Lapsed". Earlier rules win.
/// Build one in code, or load it from JSON:
/// <code>
/// { "includeDefaults": true,
///   "entries": [ { "feature": "loyalty points", "direction": "higher", "words": "Points collectors" },
///                { "feature": "preferred channel", "level": "kiosk", "direction": "higher", "words": "Kiosk fans" },
///                { "feature": "tenure", "direction": "higher", "words": "Long-standing", "adjective": true } ] }
/// </code>
/// With <c>includeDefaults</c> (the default) the file's rules come first and the built-in ones follow.
/// </summary>
public sealed class NameVocabulary
{
    private readonly (VocabularyEntry Entry, string[] Feature, string[] Level)[] _rules;

    /// <summary>Creates a vocabulary from rules, earlier rules first.</summary>
    /// <param name="entries">The rules.</param>
    /// <exception cref="ArgumentException">A rule has an empty feature pattern or empty words.</exception>
    public NameVocabulary(IEnumerable<VocabularyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToArray();
        foreach (var e in Entries)
        {
            if (NameTokens.Split(e.Feature).Length == 0 || string.IsNullOrWhiteSpace(e.Words) || (e.Level is not null && NameTokens.Split(e.Level).Length == 0))
            {
                throw new ArgumentException($"Vocabulary rule '{e.Feature}' -> '{e.Words}' needs a feature pattern with letters or digits, a non-empty level pattern when given, and words.", nameof(entries));
            }
        }

        _rules = Entries.Select(e => (e, NameTokens.Split(e.Feature), e.Level is null ? [] : NameTokens.Split(e.Level))).ToArray();
    }

    /// <summary>The built-in vocabulary for common marketing column names.</summary>
    public static NameVocabulary Default { get; } = new(DefaultVocabulary.Entries);

    /// <summary>The built-in rules with Finnish words (used for Finnish cards when no vocabulary of the user's own is given).</summary>
    internal static NameVocabulary DefaultFinnish { get; } = new(DefaultVocabulary.FinnishEntries);

    /// <summary>The rules, earlier first.</summary>
    public IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>Returns a vocabulary with <paramref name="entries"/> before this one's rules.</summary>
    /// <param name="entries">The rules to put first.</param>
    /// <returns>The new vocabulary.</returns>
    public NameVocabulary Prepend(IEnumerable<VocabularyEntry> entries) => new(entries.Concat(Entries));

    /// <summary>Reads a vocabulary from JSON (see the class summary for the format).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for error messages.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="PersonasDataException">The JSON is malformed or a rule lacks a field.</exception>
    public static NameVocabulary FromJson(string json, string source = "vocabulary.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new PersonasDataException(source, null, "entries", root.ValueKind.ToString(), "an object with an \"entries\" array");
            }

            var includeDefaults = !root.TryGetProperty("includeDefaults", out var inc) || inc.ValueKind != JsonValueKind.False;
            var entries = new List<VocabularyEntry>();
            var i = 0;
            foreach (var e in list.EnumerateArray())
            {
                entries.Add(ReadEntry(e, source, i++));
            }

            var custom = new NameVocabulary(entries);
            return includeDefaults ? Default.Prepend(custom.Entries) : custom;
        }
        catch (JsonException e)
        {
            throw new PersonasDataException(source, e.LineNumber + 1, null, null, "valid JSON: " + e.Message, e);
        }
    }

    /// <summary>Reads a vocabulary from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The vocabulary.</returns>
    /// <exception cref="PersonasDataException">The JSON is malformed or a rule lacks a field.</exception>
    public static NameVocabulary Load(string path) => FromJson(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>The first rule matching a trait, or null.</summary>
    internal VocabularyEntry? Match(Trait trait)
    {
        var words = NameTokens.Split(trait.Feature);
        var isLevel = trait.Kind == TraitKind.Categorical && trait.Level is not null && !IsBooleanYes(trait);
        var levelWords = isLevel ? NameTokens.Split(trait.Level!) : [];
        foreach (var (entry, feature, level) in _rules)
        {
            if (entry.Direction != trait.Direction || !NameTokens.Matches(words, feature))
            {
                continue;
            }

            if (isLevel ? entry.Level is not null && NameTokens.Matches(levelWords, level) : entry.Level is null)
            {
                return entry;
            }
        }

        return null;
    }

    private static bool IsBooleanYes(Trait t) => t.Level == "yes" && t.Kind == TraitKind.Categorical;

    private static VocabularyEntry ReadEntry(JsonElement e, string source, int index)
    {
        string Field(string name, bool required)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
            {
                return v.GetString()!;
            }

            return required ? throw new PersonasDataException(source, null, $"entries[{index}].{name}", null, "a string") : string.Empty;
        }

        var direction = Field("direction", true).ToUpperInvariant() switch
        {
            "HIGHER" => TraitDirection.Higher,
            "LOWER" => TraitDirection.Lower,
            var other => throw new PersonasDataException(source, null, $"entries[{index}].direction", other, "higher or lower"),
        };
        var level = Field("level", false);
        var adjective = e.TryGetProperty("adjective", out var a) && a.ValueKind == JsonValueKind.True;
        try
        {
            var entry = new VocabularyEntry(Field("feature", true), level.Length == 0 ? null : level, direction, Field("words", true), adjective);
            _ = new NameVocabulary([entry]);
            return entry;
        }
        catch (ArgumentException x)
        {
            throw new PersonasDataException(source, null, $"entries[{index}]", null, x.Message, x);
        }
    }
}
