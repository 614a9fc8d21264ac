namespace Personas.Model;

/// <summary>
/// What changed between the previous quarter's personas and this quarter's: which personas were matched (and kept
/// their ids), born, retired, split or merged; per persona the size, share, centroid movement and trait shifts; and
/// the migration of customers present in both quarters. Written as <c>drift.json</c> and <c>drift.md</c> by
/// <see cref="DriftWriter"/> (field names are stable; see <c>schemas/drift.schema.json</c>).
/// </summary>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record DriftReport
{
    /// <summary>The model compared against.</summary>
    public required DriftModelInfo PreviousModel { get; init; }

    /// <summary>The matched pairs, by previous id.</summary>
    public required IReadOnlyList<DriftMatch> Matches { get; init; }

    /// <summary>The ids of new personas (no previous persona within the match threshold).</summary>
    public required IReadOnlyList<string> Born { get; init; }

    /// <summary>The ids of previous personas with no current match.</summary>
    public required IReadOnlyList<string> Retired { get; init; }

    /// <summary>Previous personas whose customers now divide between several current personas.</summary>
    public required IReadOnlyList<DriftSplit> Split { get; init; }

    /// <summary>Current personas that took in most customers of several previous ones.</summary>
    public required IReadOnlyList<DriftMerge> Merged { get; init; }

    /// <summary>Per persona (matched and born ones in current order, then retired ones): sizes, shares, movement, trait shifts.</summary>
    public required IReadOnlyList<DriftPersona> Personas { get; init; }

    /// <summary>The customers present in both quarters and how they moved.</summary>
    public required DriftMigration Migration { get; init; }

    /// <summary>The distance below which a previous and a current centroid could be matched.</summary>
    public required double MatchThreshold { get; init; }

    /// <summary>The smallest move of a share listed as a trait shift (see <see cref="RefreshOptions.MinShareShift"/>).</summary>
    /// <value>The default is 0.02.</value>
    public double MinShareShift { get; init; } = 0.02;

    /// <summary>The name of the previous period in the report and its charts (see <see cref="RefreshOptions.PreviousPeriod"/>).</summary>
    /// <value>The default is <c>Last quarter</c>.</value>
    public string PreviousPeriod { get; init; } = RefreshOptions.DefaultPreviousPeriod;

    /// <summary>The name of this period in the report and its charts (see <see cref="RefreshOptions.CurrentPeriod"/>).</summary>
    /// <value>The default is <c>This quarter</c>.</value>
    public string CurrentPeriod { get; init; } = RefreshOptions.DefaultCurrentPeriod;
}
