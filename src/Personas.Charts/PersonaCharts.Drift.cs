using Personas.Model;
using Personas.Profiling;
using Personas.Words;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>Refresh migration from a drift report: customers moving from last period's personas to this period's, with
    /// the periods named above their columns (the report's <see cref="DriftReport.PreviousPeriod"/> and
    /// <see cref="DriftReport.CurrentPeriod"/> unless given). Colours go by persona id (<see cref="PersonaPalette.ColorOf"/>),
    /// so a persona has the same colour in both periods and in every other chart of both quarters' reports.</summary>
    /// <param name="drift">The drift report of a refresh.</param>
    /// <param name="current">The refreshed persona set, for names and the order of the other charts; null to order by id.</param>
    /// <param name="previousLabel">The previous period's label, or null for the drift report's.</param>
    /// <param name="currentLabel">The current period's label, or null for the drift report's.</param>
    /// <returns>The migration Sankey.</returns>
    /// <exception cref="ArgumentException">The drift report has no migration (no customers in both periods).</exception>
    public static GenericChart MigrationSankey(DriftReport drift, PersonaSet? current = null, string? previousLabel = null, string? currentLabel = null)
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
        var words = current is null ? Wording.Default : Wording.Of(current);
        previousLabel ??= words.Period(drift.PreviousPeriod);
        currentLabel ??= words.Period(drift.CurrentPeriod);
        string Name(string id) => current?.Personas.FirstOrDefault(p => p.Id == id)?.Name ?? (byId.TryGetValue(id, out var d) ? d.Name : id);
        var counts = previousIds.Select(pid => currentIds.Select(cid =>
            matrix.TryGetValue(pid, out var row) && row.TryGetValue(cid, out var n) ? (double)n : 0).ToArray()).ToArray();
        return Migration(
            previousIds.Select(id => $"{Name(id)} ({previousLabel})").ToArray(),
            PersonaColours.OfIds(previousIds),
            currentIds.Select(id => $"{Name(id)} ({currentLabel})").ToArray(),
            PersonaColours.OfIds(currentIds),
            counts,
            previousLabel,
            currentLabel,
            words);
    }
}
