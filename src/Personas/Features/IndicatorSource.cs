namespace Personas.Features;

/// <summary>One condition of a merged indicator feature: a level of a categorical column, or a value of a numeric or yes/no column.</summary>
/// <param name="Column">The source column.</param>
/// <param name="Level">The level of a categorical column, or null.</param>
/// <param name="Value">The value of a numeric or yes/no (0/1) column, or null.</param>
public sealed record IndicatorSource(string Column, string? Level, double? Value)
{
    /// <inheritdoc />
    public override string ToString() => Level is not null ? $"{Column}={Level}" : $"{Column} = {Value?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}";
}
