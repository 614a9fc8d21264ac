namespace Personas.Journeys;

/// <summary>A persona's journey findings in plain words, as its card, personas.json and the report show them.</summary>
internal static class PersonaJourneyLines
{
    /// <summary>The persona card's journey sentences (<see cref="PersonaJourneyComparison.CardSentences"/>: the comparison's sentences, with the step the persona waits longest on, relative to other personas, second).</summary>
    /// <param name="journeys">The journey map.</param>
    /// <param name="id">The persona id.</param>
    /// <param name="name">The persona name used in the sentences.</param>
    /// <param name="language">The card's language.</param>
    /// <returns>The sentences, possibly none.</returns>
    public static IReadOnlyList<string> For(JourneyMap journeys, string id, string name, ReportLanguage language) =>
        journeys.PersonaComparison.TryGetValue(id, out var c) ? JourneySentences.Describe(c, name, waits: true, language) : [];
}
