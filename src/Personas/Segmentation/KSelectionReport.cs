namespace Personas.Segmentation;

/// <summary>How the number of clusters was chosen, with every candidate's scores.</summary>
/// <param name="ChosenK">The chosen number of clusters (before any tiny-cluster merge).</param>
/// <param name="Auto">True when k was chosen automatically, false when given.</param>
/// <param name="Rule">The documented rule, in words.</param>
/// <param name="Reason">Why this k, in words.</param>
/// <param name="Scores">The scores of every k tried, in increasing k.</param>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record KSelectionReport(int ChosenK, bool Auto, string Rule, string Reason, IReadOnlyList<KScore> Scores)
{
    /// <summary>The k that came closest to being chosen, or null when only one k was tried.</summary>
    public int? RunnerUpK { get; init; }

    /// <summary>Why the runner-up k lost, in words; null when there is none.</summary>
    public string? RunnerUpReason { get; init; }

    /// <summary>The fewest customers a persona must hold for a k to qualify in the automatic choice (from <see cref="SegmentationOptions.MinShare"/> and <see cref="SegmentationOptions.MinClusterSize"/>).</summary>
    public int MinClusterSize { get; init; }
}
