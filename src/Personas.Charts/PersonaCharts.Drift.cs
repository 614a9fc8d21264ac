using Personas.Model;
using Personas.Profiling;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>Refresh migration from a drift report: customers moving from last period's personas to this period's.
    /// A persona keeps its colour across the refresh (same id, same colour); retired personas get colours of their own.</summary>
    /// <param name="drift">The drift report of a refresh.</param>
    /// <param name="current">The refreshed persona set, for colours in the order of the other charts; null to order by id.</param>
    /// <param name="previousLabel">The previous period's label.</param>
    /// <param name="currentLabel">The current period's label.</param>
    /// <returns>The migration Sankey.</returns>
    /// <exception cref="ArgumentException">The drift report has no migration (no customers in both periods).</exception>
    public static GenericChart MigrationSankey(DriftReport drift, PersonaSet? current = null, string previousLabel = "Previous", string currentLabel = "Current")
    {
        ArgumentNullException.ThrowIfNull(drift);
        var matrix = drift.Migration.Matrix;
        if (matrix.Count == 0)
        {
            throw new ArgumentException("Expected customers present in both periods, found none (empty migration matrix).", nameof(drift));
        }

        var byId = drift.Personas.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var currentIds = current is not null
            ? current.Personas.Select(p => p.Id).ToArray()
            : drift.Personas.Where(p => p.Status != "retired").Select(p => p.Id).OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToArray();
        var previousIds = matrix.Keys
            .Concat(drift.Personas.Where(p => p.Status != "born" && p.PreviousSize is not null).Select(p => p.Id))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal)
            .ToArray();
        var extra = currentIds.Length;
        var previousColour = previousIds.Select(id => Array.IndexOf(currentIds, id) is var j && j >= 0 ? j : extra++).ToArray();
        string Name(string id) => current?.Personas.FirstOrDefault(p => p.Id == id)?.Name ?? (byId.TryGetValue(id, out var d) ? d.Name : id);
        var counts = previousIds.Select(pid => currentIds.Select(cid =>
            matrix.TryGetValue(pid, out var row) && row.TryGetValue(cid, out var n) ? (double)n : 0).ToArray()).ToArray();
        return Migration(
            previousIds.Select(id => $"{Name(id)} ({previousLabel})").ToArray(),
            previousColour,
            currentIds.Select(id => $"{Name(id)} ({currentLabel})").ToArray(),
            Enumerable.Range(0, currentIds.Length).ToArray(),
            counts,
            previousLabel,
            currentLabel);
    }
}
