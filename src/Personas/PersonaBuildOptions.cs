using Microsoft.Extensions.Logging;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas;

/// <summary>Options for a whole persona build: features, segmentation and profiling. Every part has documented defaults.</summary>
public sealed record PersonaBuildOptions
{
    /// <summary>How customer records become features.</summary>
    /// <value>The default is <see cref="FeatureOptions"/>' defaults: z-score scaling, automatic log1p for skewed columns.</value>
    public FeatureOptions Features { get; init; } = new();

    /// <summary>How customers are clustered and k is chosen.</summary>
    /// <value>The default is automatic k from 2 to 10 with seed 42.</value>
    public SegmentationOptions Segmentation { get; init; } = new();

    /// <summary>How personas are described.</summary>
    /// <value>The default is <see cref="ProfilingOptions"/>' defaults.</value>
    public ProfilingOptions Profiling { get; init; } = new();

    /// <summary>Receives what the build decides, stage by stage (column roles, feature decisions, k and why, warnings).</summary>
    /// <value>The default is null: silent.</value>
    public ILogger? Logger { get; init; }
}
