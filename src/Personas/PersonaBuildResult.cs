using Personas.Data;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas;

/// <summary>Everything a persona build produced, stage by stage. Immutable.</summary>
public sealed partial class PersonaBuildResult
{
    /// <summary>Assembles a result from its stages (for example after <c>PersonaRefresher.Refresh</c>, whose stages are the same).</summary>
    /// <param name="table">The customer records.</param>
    /// <param name="plan">The feature plan.</param>
    /// <param name="features">The feature matrix of <paramref name="table"/> under <paramref name="plan"/>.</param>
    /// <param name="segmentation">The clustering of <paramref name="features"/>.</param>
    /// <param name="personas">The personas, one per cluster, in label order.</param>
    /// <param name="options">The options used.</param>
    /// <exception cref="ArgumentException">The parts do not fit together.</exception>
    public PersonaBuildResult(CustomerTable table, FeaturePlan plan, FeatureMatrix features, SegmentationResult segmentation, PersonaSet personas, PersonaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(options);
        if (features.Rows != table.RowCount || segmentation.Labels.Count != table.RowCount || personas.Personas.Count != segmentation.K)
        {
            throw new ArgumentException($"The stages do not fit: {table.RowCount} rows, {features.Rows} feature rows, {segmentation.Labels.Count} labels, k = {segmentation.K}, {personas.Personas.Count} personas.");
        }

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

    /// <summary>How the build was trained on a sample of its input (<see cref="PersonaBuilder.BuildFromSample"/>), or null.</summary>
    /// <remarks>When the sample leaves rows out, saving the build streams every input row through the model into assignments.csv and fills <see cref="SampleInfo.AllRows"/>.</remarks>
    public SampleInfo? Sample { get; internal set; }

    /// <summary>Every warning of the build: the segmentation's (k fallback, k at the edge of the range, weak structure, tiny clusters) and columns that alone drive the split.</summary>
    public IReadOnlyList<string> Warnings
    {
        get => _warnings ?? Segmentation.Warnings;
        init => _warnings = value.ToArray();
    }

    /// <summary>Data-quality findings (duplicate rows, near-duplicate ids, implausible values), with counts; reported, not clustered on as personas of their own.</summary>
    public IReadOnlyList<DataQualityIssue> DataQuality { get; init; } = [];

    /// <summary>
    /// Every automatic decision, in words, with its reason: how the data was read (column roles, delimiter, dates), what
    /// the feature plan did (outcomes, codes, sentinels, transforms, merged levels, weights), how k was chosen (and the
    /// runner-up), and how the personas were profiled (value column).
    /// </summary>
    public IReadOnlyList<string> Decisions =>
        Table.Notes
            .Concat(Table.Columns.Where(c => c.Role == ColumnRole.Categorical && c.Reason.StartsWith("categorical: ", StringComparison.Ordinal)).Select(c => $"{c.Name}: {c.Reason}"))
            .Concat(Plan.Decisions)
            .Append($"k = {Segmentation.K}: {Segmentation.KSelection.Reason}")
            .Concat(Personas.Notes)
            .ToArray();

    private readonly IReadOnlyList<string>? _warnings;

    /// <summary>The persona id of each customer row (same order as <see cref="CustomerTable.Ids"/>).</summary>
    public string PersonaIdOf(int row) => Personas.Personas[Segmentation.Labels[row]].Id;
}
