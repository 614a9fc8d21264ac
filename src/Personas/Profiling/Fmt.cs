using System.Globalization;

namespace Personas.Profiling;

/// <summary>Invariant, human-friendly number formats shared by narratives and cards.</summary>
internal static class Fmt
{
    /// <summary>A value in original units: 75,000 / 1973 / 612 / 12.5 / 0.42 (thousands separators from 10,000 on, so years read as years).</summary>
    internal static string Num(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return "n/a";
        }

        var a = Math.Abs(x);
        var format = a >= 10000 ? "#,0" : a >= 1000 ? "0" : a >= 100 ? "0" : a >= 10 ? "0.#" : "0.##";
        return x.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A share as a percentage: 18.4%.</summary>
    internal static string Pct(double share) => (share * 100).ToString(share is > 0 and < 0.001 ? "0.##" : "0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>An effect size or a quality measure: 1.40 / -0.85.</summary>
    internal static string Effect(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A ratio: 2.3x.</summary>
    internal static string Ratio(double x) => x.ToString(x >= 10 ? "0" : "0.0#", CultureInfo.InvariantCulture) + "x";

    /// <summary>A p- or q-value: &lt; 0.001 or 0.012.</summary>
    internal static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The symbol of the effect size of a trait kind.</summary>
    internal static string EffectSymbol(TraitKind kind) => kind == TraitKind.Numeric ? "g" : "h";
}
