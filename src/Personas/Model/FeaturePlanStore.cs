using System.Reflection;
using Personas.Features;

namespace Personas.Model;

/// <summary>
/// Rebuilds a <see cref="FeaturePlan"/> from its stored parts (columns, decisions, options) when a model is loaded.
/// </summary>
/// <remarks>
/// <see cref="FeaturePlan"/> has no public factory for stored plans yet, so this calls its private constructor (which
/// only stores the three parts and derives the feature names). Replace the body with the factory once the Features
/// namespace offers one (for example an internal <c>FeaturePlan.FromColumns</c>); the model round-trip tests pin the
/// behaviour either way.
/// </remarks>
internal static class FeaturePlanStore
{
    private static readonly ConstructorInfo Constructor =
        typeof(FeaturePlan).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [typeof(IReadOnlyList<PlannedColumn>), typeof(IReadOnlyList<string>), typeof(FeatureOptions)])
        ?? throw new InvalidOperationException("FeaturePlan's constructor (columns, decisions, options) was not found: update FeaturePlanStore.");

    /// <summary>Rebuilds the plan.</summary>
    public static FeaturePlan Restore(IReadOnlyList<PlannedColumn> columns, IReadOnlyList<string> decisions, FeatureOptions options) =>
        (FeaturePlan)Constructor.Invoke([columns, decisions, options]);
}
