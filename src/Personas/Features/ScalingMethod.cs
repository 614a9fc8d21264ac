namespace Personas.Features;

/// <summary>How numeric features are centred and scaled.</summary>
public enum ScalingMethod
{
    /// <summary>z-score: <c>(x - mean) / sd</c> with the population standard deviation (the default).</summary>
    ZScore,

    /// <summary>Robust: <c>(x - median) / IQR</c> (interquartile range, linear interpolation as numpy's default).</summary>
    Robust,

    /// <summary>No centring or scaling: values are used as they are (after imputation and an optional log1p).</summary>
    None,
}
