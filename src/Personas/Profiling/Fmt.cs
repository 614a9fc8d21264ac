using Personas.Words;

namespace Personas.Profiling;

/// <summary>Invariant, human-friendly number formats shared by narratives and cards (English; see <see cref="NumberStyle"/> for other languages).</summary>
internal static class Fmt
{
    /// <summary>A value in original units: 75,000 / 1973 / 612 / 12.5 / 0.42 (thousands separators from 10,000 on, so years read as years).</summary>
    internal static string Num(double x) => NumberStyle.English.Num(x);

    /// <summary>A share as a percentage: 18.4%.</summary>
    internal static string Pct(double share) => NumberStyle.English.Pct(share);

    /// <summary>An effect size or a quality measure: 1.40 / -0.85.</summary>
    internal static string Effect(double x) => NumberStyle.English.Effect(x);

    /// <summary>A ratio: 2.3x.</summary>
    internal static string Ratio(double x) => NumberStyle.English.Ratio(x);

    /// <summary>A p- or q-value: &lt; 0.001 or 0.012.</summary>
    internal static string P(double p) => NumberStyle.English.P(p);

    /// <summary>The symbol of the effect size of a trait kind.</summary>
    internal static string EffectSymbol(TraitKind kind) => kind == TraitKind.Numeric ? "g" : "h";
}
