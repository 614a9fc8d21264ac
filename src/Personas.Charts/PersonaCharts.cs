using Plotly.NET;

namespace Personas.Charts;

/// <summary>
/// One call per chart of a persona set: the persona map, sizes and value shares, trait profiles, the choice of k,
/// journeys and refresh migration. Persona <c>i</c> is always drawn in <see cref="PersonaPalette.Color(int)"/> <c>i</c>.
/// </summary>
/// <remarks>Each method returns a Plotly.NET <see cref="GenericChart"/>: show it in a notebook, or put several into one
/// offline page with <see cref="ReportCharts"/>.</remarks>
public static partial class PersonaCharts
{
    private static void RequireNames(IReadOnlyList<string> personaNames, string paramName)
    {
        ArgumentNullException.ThrowIfNull(personaNames, paramName);
        if (personaNames.Count == 0)
        {
            throw new ArgumentException("Expected at least one persona, found none.", paramName);
        }
    }

    private static void RequireCount<T>(IReadOnlyList<T> list, int expected, string what, string paramName)
    {
        ArgumentNullException.ThrowIfNull(list, paramName);
        if (list.Count != expected)
        {
            throw new ArgumentException($"Expected {expected} {what}, found {list.Count}.", paramName);
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
