using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Model;

/// <summary>Options for <see cref="PersonaRefresher.Refresh"/>.</summary>
public sealed record RefreshOptions
{
    /// <summary>
    /// Whether to learn a new feature plan on this quarter's data instead of reusing the previous model's plan.
    /// Matching and drift are computed in the previous plan's feature space either way, so they stay comparable.
    /// </summary>
    /// <value>The default is false (reuse the previous plan, so features mean the same in both quarters).</value>
    public bool RefitPlan { get; init; }

    /// <summary>The options for a refitted plan (used only with <see cref="RefitPlan"/>).</summary>
    /// <value>The default is null (the previous plan's options).</value>
    public FeatureOptions? Features { get; init; }

    /// <summary>The segmentation options (k or the auto-k range, seed...).</summary>
    /// <value>The default is null (the segmenter's defaults: k chosen automatically).</value>
    public SegmentationOptions? Segmentation { get; init; }

    /// <summary>The profiling options. Name overrides in it are ignored: matched personas keep their previous names and overrides.</summary>
    /// <value>The default is null (the profiler's defaults).</value>
    public ProfilingOptions? Profiling { get; init; }

    /// <summary>
    /// The match threshold relative to how far apart the previous personas are: a current persona can keep a previous
    /// persona's id only when its centroid is closer than this many times the median distance between each previous
    /// centroid and its nearest neighbour. 0.5 means "clearly closer to this persona than to any other".
    /// </summary>
    /// <value>The default is 0.6.</value>
    public double MatchThreshold { get; init; } = 0.6;

    /// <summary>An absolute match distance in the previous feature space; when set it replaces <see cref="MatchThreshold"/>.</summary>
    /// <value>The default is null (use <see cref="MatchThreshold"/>).</value>
    public double? MatchDistance { get; init; }

    /// <summary>A previous persona counts as split when at least two current personas each receive this share of its customers present in both quarters.</summary>
    /// <value>The default is 0.25.</value>
    public double SplitMinShare { get; init; } = 0.25;

    /// <summary>Previous personas count as merged into a current one when at least two of them each send it this share of their customers present in both quarters.</summary>
    /// <value>The default is 0.5.</value>
    public double MergeMinShare { get; init; } = 0.5;

    /// <summary>A previous persona is judged for split or merge only with at least this many customers present in both quarters.</summary>
    /// <value>The default is 20.</value>
    public int MinMigrationCustomers { get; init; } = 20;

    /// <summary>The smallest |Cohen's d| of this quarter against last for a feature to be listed as a trait shift.</summary>
    /// <value>The default is 0.2 (a small effect in Cohen's terms).</value>
    public double MinTraitShift { get; init; } = 0.2;

    /// <summary>
    /// Last quarter's persona of each customer (customer id to persona id, as in last quarter's <c>assignments.csv</c>;
    /// read one with <see cref="PreviousAssignments.ReadCsv"/>). The model file stores no customer ids (privacy), so
    /// this is the only way to follow real customers across quarters. When null, the previous model assigns this
    /// quarter's records instead and every current customer counts as present in both quarters.
    /// </summary>
    /// <value>The default is null.</value>
    public IReadOnlyDictionary<string, string>? PreviousAssignments { get; init; }

    /// <summary>The clock that stamps the new model's creation time.</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The least share of the previous model's columns this quarter's data must have (0..1); fewer fail the refresh. Below half, <see cref="RefreshResult.Coverage"/> carries a warning either way.</summary>
    /// <value>The default is 0: never fail.</value>
    public double MinFeatureShare { get; init; }
}
