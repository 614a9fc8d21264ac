using System.Globalization;

namespace Personas.Features;

/// <summary>
/// Values of a numeric column far outside the rest (more than 3 interquartile ranges beyond the quartiles, and at most
/// 0.5% of the values): likely errors such as a birth year 1893 or an income of 666,666 among incomes below 200,000. They
/// are reported and clipped to the plausible range for clustering.
/// </summary>
/// <param name="Column">The column.</param>
/// <param name="Below">How many values lie far below the rest.</param>
/// <param name="Above">How many values lie far above the rest.</param>
/// <param name="Examples">Up to five of the values.</param>
/// <param name="LowerBound">The smallest plausible value (what lower values are clipped to), or negative infinity.</param>
/// <param name="UpperBound">The largest plausible value (what higher values are clipped to), or positive infinity.</param>
public sealed record ImplausibleValues(string Column, int Below, int Above, IReadOnlyList<double> Examples, double LowerBound, double UpperBound)
{
    /// <summary>The finding in words, for example <c>1 value far above the rest (666,666; the others are at most 162,397)</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe()
    {
        var parts = new List<string>();
        if (Below > 0)
        {
            parts.Add($"{Count(Below)} far below the rest (the others are at least {Num(LowerBound)})");
        }

        if (Above > 0)
        {
            parts.Add($"{Count(Above)} far above the rest (the others are at most {Num(UpperBound)})");
        }

        return $"implausible values: {string.Join(" and ", parts)}: {string.Join(", ", Examples.Select(Num))}";
    }

    private static string Count(int n) => n == 1 ? "1 value" : n.ToString("N0", CultureInfo.InvariantCulture) + " values";

    private static string Num(double v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);
}
