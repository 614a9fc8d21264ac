using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Model;

/// <summary>The outcome of a quarterly refresh: the new model and personas (with stable ids) and what changed.</summary>
public sealed class RefreshResult
{
    internal RefreshResult(PersonaModel model, PersonaSet personas, SegmentationResult segmentation, FeatureMatrix features, DriftReport drift)
    {
        Model = model;
        Personas = personas;
        Segmentation = segmentation;
        Features = features;
        Drift = drift;
    }

    /// <summary>The new model; save it for the next quarter.</summary>
    public PersonaModel Model { get; }

    /// <summary>The new personas; <c>Personas.Personas[i]</c> is cluster <c>i</c>, with its stable id and name.</summary>
    public PersonaSet Personas { get; }

    /// <summary>The new segmentation (labels in canonical order; map them to ids through <see cref="Personas"/>).</summary>
    public SegmentationResult Segmentation { get; }

    /// <summary>This quarter's feature matrix under the new model's plan.</summary>
    public FeatureMatrix Features { get; }

    /// <summary>What changed since the previous model.</summary>
    public DriftReport Drift { get; }

    /// <summary>How many of the previous model's columns this quarter's data has (<see cref="FeatureCoverage.Warning"/> is set when few are).</summary>
    public FeatureCoverage Coverage { get; init; } = new([], []);
}
