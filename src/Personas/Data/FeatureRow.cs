namespace Personas.Data;

/// <summary>One row of <see cref="DataViewExport.ToDataView"/> (public because ML.NET reads it by reflection).</summary>
public sealed class FeatureRow
{
    /// <summary>The feature values.</summary>
    public float[] Features { get; set; } = [];
}
