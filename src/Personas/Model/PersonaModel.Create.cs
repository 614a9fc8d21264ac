using System.Globalization;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Model;

/// <content>Creating a model from a build's results.</content>
public sealed partial class PersonaModel
{
    /// <summary>
    /// Creates a model from a persona build: the feature plan, the segmentation (centroids, labels, quality), the
    /// profiled personas (ids, names, taglines; <c>personas.Personas[i]</c> describes cluster <c>i</c>, as the profiler
    /// produces them) and the training data's fingerprint. From the training features it stores, per persona, the
    /// spread of every feature and the 99th percentile of the members' distances to the centroid (the outlier limit).
    /// </summary>
    /// <param name="plan">The feature plan the segmentation's features were made with.</param>
    /// <param name="segmentation">The segmentation.</param>
    /// <param name="personas">The personas, one per cluster in label order.</param>
    /// <param name="fingerprint">The training data's fingerprint (<see cref="DataFingerprint.Compute"/>).</param>
    /// <param name="clock">The clock that stamps <see cref="CreatedAt"/>.</param>
    /// <param name="trainingFeatures">The feature matrix the segmentation was fitted on (<c>plan.Transform(table)</c>).</param>
    /// <param name="overrides">User overrides of names and taglines by persona id, stored so that they survive refreshes; null for none.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">The parts do not fit together (persona count, feature count, row count, duplicate names).</exception>
    public static PersonaModel Create(
        FeaturePlan plan,
        SegmentationResult segmentation,
        PersonaSet personas,
        DataFingerprint fingerprint,
        TimeProvider clock,
        FeatureMatrix trainingFeatures,
        IReadOnlyDictionary<string, PersonaOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(personas);
        var next = personas.Personas.Select(p => PersonaIdComparer.Number(p.Id)).Where(n => n < long.MaxValue).DefaultIfEmpty(0).Max() + 1;
        var labels = personas.Personas.Select(p =>
        {
            PersonaOverride? o = null;
            overrides?.TryGetValue(p.Id, out o);
            return new PersonaLabel(p.Id, p.Name, p.Tagline, o?.Name?.Trim(), o?.Tagline);
        }).ToArray();
        return Create(plan, segmentation, labels, fingerprint, clock, trainingFeatures, (int)Math.Min(next, int.MaxValue));
    }

    /// <summary>Creates a model; <paramref name="personas"/>[i] names cluster i (see the public overload).</summary>
    internal static PersonaModel Create(
        FeaturePlan plan,
        SegmentationResult segmentation,
        IReadOnlyList<PersonaLabel> personas,
        DataFingerprint fingerprint,
        TimeProvider clock,
        FeatureMatrix trainingFeatures,
        int nextPersonaNumber)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(trainingFeatures);
        var k = segmentation.K;
        var d = plan.Dimension;
        if (personas.Count != k)
        {
            throw new ArgumentException($"The segmentation has {k} clusters but {personas.Count} personas were given.", nameof(personas));
        }

        if (segmentation.Dimension != d || trainingFeatures.Columns != d)
        {
            throw new ArgumentException($"The feature plan has {d} features, the segmentation {segmentation.Dimension} and the training matrix {trainingFeatures.Columns}.", nameof(segmentation));
        }

        if (segmentation.Labels.Count != trainingFeatures.Rows)
        {
            throw new ArgumentException($"The segmentation has {segmentation.Labels.Count} labels, the training matrix {trainingFeatures.Rows} rows.", nameof(trainingFeatures));
        }

        var labels = segmentation.Labels.ToArray();
        var centroids = segmentation.Centroids.SelectMany(c => c).ToArray();
        var summary = ClusterSummary.Compute(trainingFeatures.Values.Span, d, labels, k);
        var outlier = ClusterSummary.DistancePercentile(trainingFeatures.Values.Span, d, labels, centroids, k);
        var quality = segmentation.Quality;
        var stored = new ModelPersona[k];
        for (var c = 0; c < k; c++)
        {
            var p = personas[c];
            var perCluster = quality.PerCluster.FirstOrDefault(q => q.Cluster == c);
            stored[c] = new ModelPersona
            {
                Id = p.Id,
                Name = p.NameOverride ?? p.Name,
                Tagline = p.TaglineOverride ?? p.Tagline,
                NameOverride = p.NameOverride,
                TaglineOverride = p.TaglineOverride,
                Size = summary.Sizes[c],
                Share = trainingFeatures.Rows == 0 ? 0 : (double)summary.Sizes[c] / trainingFeatures.Rows,
                Silhouette = Finite(perCluster?.Silhouette),
                Stability = Finite(perCluster?.Stability),
                Centroid = segmentation.Centroids[c].ToArray(),
                Spread = summary.StandardDeviations.AsSpan(c * d, d).ToArray().Select(v => (float)v).ToArray(),
                OutlierDistance = outlier[c],
            };
        }

        var modelQuality = new ModelQuality
        {
            Silhouette = Finite(quality.Silhouette),
            Stability = Finite(quality.Stability),
            DaviesBouldin = Finite(quality.DaviesBouldin),
            CalinskiHarabasz = Finite(quality.CalinskiHarabasz),
            Inertia = Finite(quality.Inertia),
            Warnings = quality.Warnings.Concat(segmentation.Warnings).Distinct(StringComparer.Ordinal).ToArray(),
        };
        return new PersonaModel(plan, stored, fingerprint, modelQuality, clock.GetUtcNow(), PersonasInfo.Version, nextPersonaNumber);
    }

    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? x : null;

    /// <summary>A persona id from its number.</summary>
    internal static string IdOf(long number) => "P" + number.ToString(CultureInfo.InvariantCulture);
}
