namespace Personas.Segmentation;

/// <summary>The iteration scheme of the native k-means engine. Both give the same result; Hamerly skips most distance computations.</summary>
public enum KMeansAlgorithm
{
    /// <summary>Hamerly's accelerated k-means: per-row distance bounds skip rows whose centroid cannot change (the default).</summary>
    Hamerly,

    /// <summary>Plain Lloyd iterations: every row against every centroid in every iteration.</summary>
    Lloyd,
}
