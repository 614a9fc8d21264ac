using System.Globalization;
using Personas.Data;
using Personas.Features;

namespace Personas.Segmentation;

/// <summary>
/// Clusters customers' feature vectors with k-means and chooses the number of clusters honestly: every candidate k is
/// scored (inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, stability, smallest share), the choice follows a
/// documented rule (<see cref="KSelectionReport.Rule"/>), weak structure and tiny clusters are reported.
/// </summary>
/// <example>
/// <code>
/// var result = Segmenter.Fit(plan.Transform(table), new SegmentationOptions { KMax = 8 });
/// Console.WriteLine($"{result.K} personas: {result.KSelection.Reason}");
/// </code>
/// </example>
public static partial class Segmenter
{
    /// <summary>Fits the segmentation.</summary>
    /// <param name="features">The feature matrix (finite values).</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="progress">Receives stage names such as <c>fit k=4</c> and their progress.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <returns>The result, identical for the same data, options and seed on any number of threads.</returns>
    /// <exception cref="ArgumentException">An option is out of range, or a feature value is not finite.</exception>
    /// <exception cref="PersonasDataException">There are too few rows for the number of clusters asked for.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SegmentationResult Fit(FeatureMatrix features, SegmentationOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        options ??= new SegmentationOptions();
        Validate(features, options);
        var warnings = new List<string>();
        var ks = CandidateKs(features, options, warnings);
        var candidates = new List<Candidate>();
        foreach (var k in ks)
        {
            candidates.Add(Evaluate(features, k, options, progress, cancellationToken));
        }

        var choice = Choose(candidates, options, features.Rows);
        warnings.AddRange(choice.Warnings);
        var chosen = choice.Chosen;
        var selection = new KSelectionReport(chosen.K, options.K is null, RuleText(options), choice.Reason, candidates.Select(c => c.Score).ToArray())
        {
            RunnerUpK = choice.RunnerUp?.K,
            RunnerUpReason = choice.RunnerUpReason,
            MinClusterSize = MinSize(options, features.Rows),
        };
        return Finish(features, chosen, selection, options, warnings, cancellationToken);
    }

    /// <summary>Runs the selected engine once (with its restarts) and returns the raw run.</summary>
    internal static KMeansRun RunEngine(float[] x, int n, int d, KMeansSettings settings, CancellationToken ct, Action<double>? progress) =>
        settings.Engine == KMeansEngine.MlNet
            ? MlNetKMeans.Fit(x, n, d, settings, ct, progress)
            : NativeKMeans.Fit(x, n, d, settings, ct, progress);

    internal static KMeansSettings Settings(SegmentationOptions o, int k) =>
        new(k, unchecked(o.Seed + (k * 104_729)), o.Restarts, o.MaxIterations, o.Tolerance, o.Algorithm, o.Engine, o.MaxDegreeOfParallelism);

    private static Candidate Evaluate(FeatureMatrix features, int k, SegmentationOptions options, IProgress<PersonasProgress>? progress, CancellationToken ct)
    {
        var (x, n, d) = (features.Data, features.Rows, features.Columns);
        var kText = k.ToString(CultureInfo.InvariantCulture);
        var settings = Settings(options, k);
        var run = RunEngine(x, n, d, settings, ct, f => progress?.Report(new PersonasProgress("fit k=" + kText, f)));
        var (centroids, labels) = Canonical.Order(run.Centroids, run.Labels, k, d);
        var (silhouette, perCluster, sample, noise) = SilhouetteScore.ComputeWithNoise(x, n, d, labels, k, options, ct);
        progress?.Report(new PersonasProgress("silhouette k=" + kText, 1));
        var stability = options.StabilityResamples > 0
            ? Stability.Measure(x, n, d, labels, centroids, settings, options, ct, f => progress?.Report(new PersonasProgress("stability k=" + kText, f)))
            : new StabilityResult(double.NaN, []);
        var sizes = new int[k];
        foreach (var l in labels)
        {
            sizes[l]++;
        }

        var (ch, db) = ClusterMetrics.Indices(x, n, d, labels, k, options.MaxDegreeOfParallelism, ct);
        var score = new KScore(k, run.Inertia, silhouette, sample, ch, db, stability.Mean, (double)sizes.Min() / n) { SilhouetteNoise = noise, SmallestSize = sizes.Min() };
        return new Candidate(k, centroids, labels, score, perCluster, stability);
    }

    private static int[] CandidateKs(FeatureMatrix features, SegmentationOptions options, List<string> warnings)
    {
        var n = features.Rows;
        var most = options.K ?? options.KMax;

        // k personas need at least k distinct customers (rows that differ in their features), or some would be empty.
        var distinct = DistinctRows(features, most + 1);
        if (options.K is { } k)
        {
            if (n <= k)
            {
                throw new PersonasDataException(null, null, null, n.ToString(CultureInfo.InvariantCulture) + " usable rows", $"more usable rows than the {k} personas asked for");
            }

            if (distinct <= k)
            {
                throw new OptionValueException(nameof(SegmentationOptions) + "." + nameof(SegmentationOptions.K), k, string.Create(CultureInfo.InvariantCulture, $"a whole number below {distinct}, the number of distinct customers (rows that differ in their features)"));
            }

            return [k];
        }

        var max = Math.Min(options.KMax, Math.Min(n, distinct) - 1);
        if (max < options.KMin)
        {
            throw new PersonasDataException(null, null, null, string.Create(CultureInfo.InvariantCulture, $"{n} usable rows, {distinct} distinct"), $"more distinct customers than the {options.KMin} personas asked for (--k-min)");
        }

        if (max < options.KMax)
        {
            warnings.Add(distinct < n
                ? $"Only {distinct} distinct customers (rows that differ in their features): k is tried up to {max} instead of {options.KMax}."
                : $"Only {n} rows: k is tried up to {max} instead of {options.KMax}.");
        }

        return Enumerable.Range(options.KMin, max - options.KMin + 1).ToArray();
    }

    /// <summary>The number of distinct feature rows (exact), counted up to <paramref name="enough"/> (then the count stops).</summary>
    internal static int DistinctRows(FeatureMatrix features, int enough)
    {
        var data = features.Data;
        var d = features.Columns;
        var firstRows = new Dictionary<int, List<int>>();
        var count = 0;
        for (var i = 0; i < features.Rows && count < enough; i++)
        {
            var row = new ReadOnlySpan<float>(data, i * d, d);
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(row));
            var key = hash.ToHashCode();
            if (!firstRows.TryGetValue(key, out var rows))
            {
                firstRows[key] = rows = [];
            }

            var seen = false;
            foreach (var r in rows)
            {
                if (row.SequenceEqual(new ReadOnlySpan<float>(data, r * d, d)))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                rows.Add(i);
                count++;
            }
        }

        return count;
    }

    private static void Validate(FeatureMatrix features, SegmentationOptions o)
    {
        o.Validate();
        var data = features.Data;
        for (var t = 0; t < data.Length; t++)
        {
            if (!float.IsFinite(data[t]))
            {
                throw new ArgumentException($"Feature '{features.FeatureNames[t % features.Columns]}' of row {t / features.Columns} is {data[t].ToString(CultureInfo.InvariantCulture)}; features must be finite (impute missing values with a FeaturePlan).", nameof(features));
            }
        }
    }
}
