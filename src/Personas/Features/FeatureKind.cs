namespace Personas.Features;

/// <summary>How a source column becomes features.</summary>
public enum FeatureKind
{
    /// <summary>One numeric feature (numeric, boolean 0/1 or date in days), possibly followed by a missing-indicator feature.</summary>
    Numeric,

    /// <summary>One indicator feature per level, the block scaled to total variance 1.</summary>
    Categorical,

    /// <summary>One 0/1 feature set when any of its <see cref="PlannedColumn.Sources"/> holds: one fact recorded in several columns, counted once.</summary>
    Indicator,
}
