using Personas.Profiling;

namespace Personas.Charts;

/// <summary>The colour of each persona of a chart, in the chart's persona order: by id for a persona set, by position for plain names.</summary>
internal static class PersonaColours
{
    /// <summary>Colours by position: persona <c>i</c> gets <see cref="PersonaPalette.Color(int)"/> <c>i</c>.</summary>
    public static string[] ByIndex(int count) => [.. Enumerable.Range(0, count).Select(PersonaPalette.Color)];

    /// <summary>Colours by id: <c>P3</c> gets colour 2 wherever it stands in the set (a refresh keeps ids, so colours survive quarters).</summary>
    public static string[] Of(PersonaSet set) => [.. set.Personas.Select((p, i) => PersonaPalette.ColorOf(p.Id, i))];

    /// <summary>Colours by id for a list of ids.</summary>
    public static string[] OfIds(IReadOnlyList<string> ids) => [.. ids.Select((id, i) => PersonaPalette.ColorOf(id, i))];
}
