namespace Personas.Model;

/// <summary>One persona as stored in a <see cref="PersonaModel"/>: its stable id, name, tagline and user overrides, size, and where it sits in feature space.</summary>
public sealed record ModelPersona
{
    /// <summary>The stable id, <c>P</c> followed by a positive number (for example <c>P3</c>); kept across refreshes while the persona exists and never reused.</summary>
    public required string Id { get; init; }

    /// <summary>The name in use (the user's override when there is one).</summary>
    public required string Name { get; init; }

    /// <summary>The tagline in use (the user's override when there is one).</summary>
    public required string Tagline { get; init; }

    /// <summary>The name the user chose, or null when the generated name is used. Kept across refreshes.</summary>
    public string? NameOverride { get; init; }

    /// <summary>The tagline the user chose, or null when the generated tagline is used. Kept across refreshes.</summary>
    public string? TaglineOverride { get; init; }

    /// <summary>The number of training customers in the persona.</summary>
    public required int Size { get; init; }

    /// <summary>The persona's share of the training customers (0..1).</summary>
    public required double Share { get; init; }

    /// <summary>The persona's mean silhouette in training, or null when not computed.</summary>
    public double? Silhouette { get; init; }

    /// <summary>The persona's stability (bootstrap) in training, or null when not computed.</summary>
    public double? Stability { get; init; }

    /// <summary>The centroid in feature space (one value per feature of the model's feature plan).</summary>
    public required IReadOnlyList<float> Centroid { get; init; }

    /// <summary>The standard deviation of each feature among the persona's training customers (used for trait shifts at refresh).</summary>
    public required IReadOnlyList<float> Spread { get; init; }

    /// <summary>The 99th percentile of the training customers' distances to the centroid: a record farther away is an outlier.</summary>
    public required float OutlierDistance { get; init; }
}
