namespace Personas.Data;

/// <summary>One row of <see cref="DataViewExport.ToDataView"/> (ML.NET reads it through reflection).</summary>
internal sealed class FeatureRow
{
    /// <summary>The feature values.</summary>
    public float[] Features { get; set; } = [];
}
