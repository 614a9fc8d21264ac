namespace Personas.Segmentation;

/// <summary>How the number of clusters was chosen, with every candidate's scores.</summary>
/// <param name="ChosenK">The chosen number of clusters (before any tiny-cluster merge).</param>
/// <param name="Auto">True when k was chosen automatically, false when given.</param>
/// <param name="Rule">The documented rule, in words.</param>
/// <param name="Reason">Why this k, in words.</param>
/// <param name="Scores">The scores of every k tried, in increasing k.</param>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record KSelectionReport(int ChosenK, bool Auto, string Rule, string Reason, IReadOnlyList<KScore> Scores);
