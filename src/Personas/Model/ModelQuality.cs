namespace Personas.Model;

/// <summary>The segmentation's quality figures as stored in a model (null when a figure was not computed).</summary>
public sealed record ModelQuality
{
    /// <summary>No figures.</summary>
    public static ModelQuality None { get; } = new();

    /// <summary>The mean silhouette (-1..1).</summary>
    public double? Silhouette { get; init; }

    /// <summary>The bootstrap stability (mean adjusted Rand index).</summary>
    public double? Stability { get; init; }

    /// <summary>The Davies-Bouldin index (lower is better).</summary>
    public double? DaviesBouldin { get; init; }

    /// <summary>The Calinski-Harabasz index (higher is better).</summary>
    public double? CalinskiHarabasz { get; init; }

    /// <summary>The within-cluster sum of squared distances.</summary>
    public double? Inertia { get; init; }

    /// <summary>Warnings about the structure (for example weak structure), in words.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
