using Personas.Data;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas;

/// <summary>Everything a persona build produced, stage by stage. Immutable.</summary>
public sealed class PersonaBuildResult
{
    internal PersonaBuildResult(CustomerTable table, FeaturePlan plan, FeatureMatrix features, SegmentationResult segmentation, PersonaSet personas, PersonaBuildOptions options)
    {
        Table = table;
        Plan = plan;
        Features = features;
        Segmentation = segmentation;
        Personas = personas;
        Options = options;
    }

    /// <summary>The customer records used, with exclusions and column roles.</summary>
    public CustomerTable Table { get; }

    /// <summary>The learned feature plan (reused to assign later customers).</summary>
    public FeaturePlan Plan { get; }

    /// <summary>The feature matrix the clustering ran on.</summary>
    public FeatureMatrix Features { get; }

    /// <summary>The clustering: k, labels, centroids, k selection and quality.</summary>
    public SegmentationResult Segmentation { get; }

    /// <summary>The personas with traits, names and narratives.</summary>
    public PersonaSet Personas { get; }

    /// <summary>The options used.</summary>
    public PersonaBuildOptions Options { get; }

    /// <summary>The persona id of each customer row (same order as <see cref="CustomerTable.Ids"/>).</summary>
    public string PersonaIdOf(int row) => Personas.Personas[Segmentation.Labels[row]].Id;
}
