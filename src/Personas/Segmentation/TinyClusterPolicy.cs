namespace Personas.Segmentation;

/// <summary>What happens to a cluster holding less than <see cref="SegmentationOptions.MinShare"/> of the customers.</summary>
public enum TinyClusterPolicy
{
    /// <summary>Keep it, mark it <see cref="ClusterQuality.Tiny"/> and add a warning that it is an outlier group, not a persona (the default).</summary>
    Flag,

    /// <summary>Move its customers to their nearest remaining centroid (fewer personas), and report the merge.</summary>
    Merge,
}
