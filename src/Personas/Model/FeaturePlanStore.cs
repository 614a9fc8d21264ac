using Personas.Features;

namespace Personas.Model;

/// <summary>Rebuilds a <see cref="FeaturePlan"/> from its stored parts (columns, decisions, options) when a model is loaded.</summary>
internal static class FeaturePlanStore
{
    /// <summary>Rebuilds the plan.</summary>
    public static FeaturePlan Restore(IReadOnlyList<PlannedColumn> columns, IReadOnlyList<string> decisions, FeatureOptions options, IReadOnlyList<OutcomeColumn> outcomes, IReadOnlyList<string> describeOnly) =>
        FeaturePlan.FromColumns(columns, decisions, options, outcomes, describeOnly);
}
