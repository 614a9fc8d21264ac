namespace Personas.Segmentation;

/// <summary>Options for <see cref="Segmenter.Fit"/>.</summary>
public sealed partial record SegmentationOptions
{
    /// <summary>The number of clusters, or null to choose it automatically between <see cref="KMin"/> and <see cref="KMax"/> (see <see cref="KSelectionReport.Rule"/>).</summary>
    /// <value>The default is null (auto).</value>
    public int? K { get; init; }

    /// <summary>The smallest k tried when choosing automatically.</summary>
    /// <value>The default is 2.</value>
    public int KMin { get; init; } = 2;

    /// <summary>The largest k tried when choosing automatically.</summary>
    /// <value>The default is 10.</value>
    public int KMax { get; init; } = 10;

    /// <summary>The seed of every random choice (initialisation, resamples, silhouette sample).</summary>
    /// <value>The default is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>How many k-means++ initialisations are run for each k; the lowest inertia wins (scikit-learn's classic <c>n_init=10</c>).</summary>
    /// <value>The default is 10.</value>
    public int Restarts { get; init; } = 10;

    /// <summary>The most centroid updates per run.</summary>
    /// <value>The default is 300.</value>
    public int MaxIterations { get; init; } = 300;

    /// <summary>A run stops when the inertia decreases by no more than this share of its previous value (or no label changes).</summary>
    /// <value>The default is 1e-4.</value>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>The k-means implementation.</summary>
    /// <value>The default is <see cref="KMeansEngine.Native"/>.</value>
    public KMeansEngine Engine { get; init; } = KMeansEngine.Native;

    /// <summary>The iteration scheme of the native engine.</summary>
    /// <value>The default is <see cref="KMeansAlgorithm.Hamerly"/>.</value>
    public KMeansAlgorithm Algorithm { get; init; } = KMeansAlgorithm.Hamerly;

    /// <summary>The least stability (mean adjusted Rand index over resamples) for a k to qualify in the automatic choice.</summary>
    /// <value>The default is 0.8.</value>
    public double MinStability { get; init; } = 0.8;

    /// <summary>The least share of customers the smallest cluster must hold for a k to qualify; smaller clusters are tiny (see <see cref="TinyClusters"/>).</summary>
    /// <value>The default is 0.03.</value>
    public double MinShare { get; init; } = 0.03;

    /// <summary>The fewest customers the smallest cluster must hold for a k to qualify in the automatic choice, besides <see cref="MinShare"/> (so that every persona chosen can be described on a card).</summary>
    /// <value>The default is 0; <see cref="PersonaBuilder"/> raises it to <see cref="Profiling.ProfilingOptions.MinPersonaSize"/>.</value>
    public int MinClusterSize { get; init; }

    /// <summary>How many resamples measure stability (at least 10 is recommended).</summary>
    /// <value>The default is 10.</value>
    public int StabilityResamples { get; init; } = 10;

    /// <summary>The share of rows in each stability resample (drawn without replacement).</summary>
    /// <value>The default is 0.8.</value>
    public double StabilityFraction { get; init; } = 0.8;

    /// <summary>Restarts for each stability refit (fewer than <see cref="Restarts"/> keeps the sweep fast; at least 1).</summary>
    /// <value>The default is 3.</value>
    public int StabilityRestarts { get; init; } = 3;

    /// <summary>Stability resamples are drawn as <see cref="StabilityFraction"/> of at most this many rows, so stability costs the same on a million rows as on this many.</summary>
    /// <value>The default is 20000.</value>
    public int StabilityRowLimit { get; init; } = 20000;

    /// <summary>Up to this many rows the silhouette is exact (blocked O(n^2), bounded memory).</summary>
    /// <value>The default is 20000.</value>
    public int SilhouetteExactLimit { get; init; } = 20000;

    /// <summary>Beyond <see cref="SilhouetteExactLimit"/>, the silhouette is computed on a stratified sample of this many rows (every cluster represented).</summary>
    /// <value>The default is 10000.</value>
    public int SilhouetteSampleSize { get; init; } = 10000;

    /// <summary>What happens to clusters smaller than <see cref="MinShare"/>.</summary>
    /// <value>The default is <see cref="TinyClusterPolicy.Flag"/>.</value>
    public TinyClusterPolicy TinyClusters { get; init; } = TinyClusterPolicy.Flag;

    /// <summary>The most threads used, or null for all cores. Results do not depend on it.</summary>
    /// <value>The default is null.</value>
    public int? MaxDegreeOfParallelism { get; init; }
}
