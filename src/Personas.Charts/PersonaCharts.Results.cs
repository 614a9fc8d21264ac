using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;
using Personas.Words;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>The persona map of a built persona set (see <see cref="PersonaMap(FeatureMatrix, IReadOnlyList{int}, IReadOnlyList{string}, PersonaMapOptions?)"/>).</summary>
    /// <param name="personas">The persona set (persona <c>i</c> = segmentation label <c>i</c>).</param>
    /// <param name="segmentation">The segmentation the personas were profiled from.</param>
    /// <param name="features">The feature matrix the segmentation was fitted on.</param>
    /// <param name="options">Sampling options, or null for the defaults.</param>
    /// <returns>The persona map.</returns>
    /// <exception cref="ArgumentException">The persona set, segmentation and matrix do not belong together.</exception>
    public static GenericChart PersonaMap(PersonaSet personas, SegmentationResult segmentation, FeatureMatrix features, PersonaMapOptions? options = null) =>
        PersonaMap(features, segmentation.Labels, Names(personas, segmentation), options, PersonaColours.Of(personas), Wording.Of(personas));

    /// <summary>Persona sizes and, when the set has a value column, value shares.</summary>
    /// <param name="personas">The persona set.</param>
    /// <returns>The sizes chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personas"/> is null.</exception>
    public static GenericChart SizesAndValueShares(PersonaSet personas)
    {
        ArgumentNullException.ThrowIfNull(personas);
        var hasValue = personas.ValueColumn is not null && personas.Personas.All(p => p.ValueShare is not null);
        var words = Wording.Of(personas);
        return SizesAndValueShares(
            personas.Personas.Select(p => p.Name).ToArray(),
            personas.Personas.Select(p => p.Size).ToArray(),
            hasValue ? personas.Personas.Select(p => p.ValueShare!.Value).ToArray() : null,
            PersonaColours.Of(personas),
            words,
            personas.ValueColumn is { } v ? words.Label(v) : null);
    }

    /// <summary>The trait profile heatmap of a built persona set in the model's units (standardised means of the encoded
    /// features); <see cref="TraitHeatmap(PersonaSet)"/> shows the same in the data's own units.</summary>
    /// <param name="personas">The persona set.</param>
    /// <param name="segmentation">The segmentation.</param>
    /// <param name="features">The feature matrix.</param>
    /// <returns>The heatmap.</returns>
    /// <exception cref="ArgumentException">The inputs do not belong together.</exception>
    public static GenericChart TraitHeatmap(PersonaSet personas, SegmentationResult segmentation, FeatureMatrix features) =>
        TraitHeatmap(features, segmentation.Labels, Names(personas, segmentation));

    /// <summary>Choosing k from a segmentation's k-selection report.</summary>
    /// <param name="report">The report (per-k scores and the chosen k).</param>
    /// <returns>The choosing-k chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static GenericChart ChoosingK(KSelectionReport report) => ChoosingK(report, Wording.Default);

    internal static GenericChart ChoosingK(KSelectionReport report, Wording words)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ChoosingK(report.Scores.Select(s => new KCandidate(s.K, s.Silhouette, s.Stability, s.SmallestShare)).ToArray(), report.ChosenK, words);
    }

    private static string[] Names(PersonaSet personas, SegmentationResult segmentation)
    {
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(segmentation);
        if (personas.Personas.Count != segmentation.K)
        {
            throw new ArgumentException($"Expected {segmentation.K} personas (the segmentation's k), found {personas.Personas.Count}.", nameof(personas));
        }

        return personas.Personas.Select(p => p.Name).ToArray();
    }
}
