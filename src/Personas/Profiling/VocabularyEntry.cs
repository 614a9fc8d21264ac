namespace Personas.Profiling;

/// <summary>
/// One rule of a <see cref="NameVocabulary"/>: when a persona's trait on a matching feature (and level) goes in the
/// given direction, the persona can be called <see cref="Words"/>. Patterns match whole words of the name from their
/// start, ignoring case and separators: <c>wine</c> matches <c>MntWines</c>, <c>days since last</c> matches
/// <c>days_since_last_order</c>, <c>age</c> does not match <c>usage</c>.
/// </summary>
/// <param name="Feature">The feature-name pattern, for example <c>income</c>.</param>
/// <param name="Level">
/// The level pattern for categorical features (for example <c>store</c> for <c>preferred_channel = Store</c>), or
/// null to match numeric features and boolean ones (level <c>yes</c>).
/// </param>
/// <param name="Direction">Whether the rule applies when the persona has more or less than the rest.</param>
/// <param name="Words">The words, for example <c>Wine lovers</c> or <c>High-income</c>.</param>
/// <param name="IsAdjective">True when the words describe (<c>High-income</c>, <c>Lapsed</c>) and go before a noun phrase (<c>Wine lovers</c>).</param>
public sealed record VocabularyEntry(string Feature, string? Level, TraitDirection Direction, string Words, bool IsAdjective = false);
