using System.Globalization;

namespace Personas.Features;

/// <summary>Finds sentinel codes and implausible values in the sorted values of a numeric column.</summary>
internal static class NumericScan
{
    /// <summary>How many interquartile ranges beyond the quartiles a value must lie to be implausible (Tukey's "far out").</summary>
    internal const double FenceIqrs = 3.0;

    /// <summary>The largest share of a column's values that may be called implausible; more means a long tail, not errors.</summary>
    internal const double MaxImplausibleShare = 0.005;

    /// <summary>The smallest share for a value at the edge of the range to be a sentinel by its share and gap alone.</summary>
    internal const double SentinelShare = 0.05;

    /// <summary>The fewest rows for a value at the edge to be a sentinel by its share and gap alone.</summary>
    internal const int MinSentinelCount = 10;

    /// <summary>The fewest values a column needs before sentinels are looked for.</summary>
    internal const int MinSentinelRows = 20;

    /// <summary>
    /// A sentinel at the edge of the sorted values, or null: the only negative value when it is a code (-1, -9, -99,
    /// -999...) and the rest are zero or more; a code of nines (99, 999, 9999...) at the top separated from the rest by more
    /// than their range; or an edge value held by at least 5% of the values that sits farther from the rest than their range.
    /// </summary>
    public static (double Value, int Count, string Why)? FindSentinel(ReadOnlySpan<double> sorted)
    {
        if (sorted.Length < MinSentinelRows)
        {
            return null;
        }

        var n = sorted.Length;
        double min = sorted[0], max = sorted[^1];
        var atMin = Count(sorted, min);
        var atMax = CountFromEnd(sorted, max);
        if (atMin == n)
        {
            return null;
        }

        var restMin = sorted[atMin];
        var restMax = sorted[n - atMax - 1];
        if (min < 0 && IsCode(-min) && restMin >= 0 && HasSpread(sorted[atMin..]))
        {
            return (min, atMin, $"the only negative value, a code, below the other values ({Num(restMin)} to {Num(max)})");
        }

        if (max >= 99 && IsCode(max) && max - restMax > restMax - sorted[0] && HasSpread(sorted[..(n - atMax)]))
        {
            return (max, atMax, $"a code of nines far above the other values ({Num(min)} to {Num(restMax)})");
        }

        var large = Math.Max(SentinelShare * n, MinSentinelCount);
        if (atMin >= large && restMin - min > max - restMin && HasSpread(sorted[atMin..]))
        {
            return (min, atMin, $"held by {Pct((double)atMin / n)} of the values and farther below the others ({Num(restMin)} to {Num(max)}) than their range");
        }

        if (atMax >= large && max - restMax > restMax - min && HasSpread(sorted[..(n - atMax)]))
        {
            return (max, atMax, $"held by {Pct((double)atMax / n)} of the values and farther above the others ({Num(min)} to {Num(restMax)}) than their range");
        }

        return null;
    }

    /// <summary>
    /// The plausible range of sorted values: values beyond <see cref="FenceIqrs"/> interquartile ranges from the
    /// quartiles, set apart from the rest by a gap of at least one interquartile range, on the column's scale and on the
    /// signed log scale, are implausible when they are at most <see cref="MaxImplausibleShare"/> of the values; the bounds are the most extreme plausible values (no
    /// clipping: infinities).
    /// </summary>
    public static (double Lower, double Upper, int Below, int Above) Plausible(ReadOnlySpan<double> sorted)
    {
        // A value must be far out on the column's own scale and on the (signed) log scale: a long right tail (revenue,
        // tenure) is normal for money and counts, and a value is implausible only if the log does not explain it.
        var (below, above) = FarOut(sorted, logScale: false);
        if (below + above == 0)
        {
            return (double.NegativeInfinity, double.PositiveInfinity, 0, 0);
        }

        var (belowLog, aboveLog) = FarOut(sorted, logScale: true);
        below = Math.Min(below, belowLog);
        above = Math.Min(above, aboveLog);
        var n = sorted.Length;
        return (below > 0 ? sorted[below] : double.NegativeInfinity, above > 0 ? sorted[n - 1 - above] : double.PositiveInfinity, below, above);
    }

    /// <summary>The far-out values at both ends of sorted values, on their own scale or on the signed log scale (computed
    /// per value read: the log is increasing, so the sorted order holds and no logged copy of the column is needed).</summary>
    private static (int Below, int Above) FarOut(ReadOnlySpan<double> values, bool logScale)
    {
        var none = (0, 0);
        var n = values.Length;
        if (n < 20)
        {
            return none;
        }

        var sorted = new Scaled(values, logScale);
        var q1 = sorted.Quantile(0.25);
        var q3 = sorted.Quantile(0.75);
        var iqr = q3 - q1;
        if (!(iqr > 0))
        {
            return none;
        }

        var lowFence = q1 - (FenceIqrs * iqr);
        var highFence = q3 + (FenceIqrs * iqr);

        // Beyond the fence, and set apart from the plausible values by a gap of at least one IQR: a long tail of
        // neighbouring values (20 web visits next to 19) is not an error.
        var below = 0;
        for (var i = 0; i + 1 < n && sorted[i] < lowFence; i++)
        {
            if (sorted[i + 1] - sorted[i] >= iqr)
            {
                below = i + 1;
            }
        }

        var above = 0;
        for (var i = n - 1; i > below && sorted[i] > highFence; i--)
        {
            if (sorted[i] - sorted[i - 1] >= iqr)
            {
                above = n - i;
            }
        }

        var limit = Math.Max(1, (int)(MaxImplausibleShare * n));
        if (below > limit)
        {
            below = 0;
        }

        if (above > limit)
        {
            above = 0;
        }

        return (below, above);
    }

    /// <summary>Sorted values read on their own scale or on the signed log scale sign(x)·log1p(|x|).</summary>
    private readonly ref struct Scaled(ReadOnlySpan<double> values, bool log)
    {
        private readonly ReadOnlySpan<double> _values = values;

        public double this[int i] => log ? Math.CopySign(Math.Log(1 + Math.Abs(_values[i])), _values[i]) : _values[i];

        public double Quantile(double q)
        {
            var (lo, hi, frac) = Stats.Position(_values.Length, q);
            return this[lo] + (frac * (this[hi] - this[lo]));
        }
    }

    private static bool IsCode(double v)
    {
        for (double code = 9; code <= 1e9; code = (code * 10) + 9)
        {
            if (v == code)
            {
                return true;
            }
        }

        return v == 1;
    }

    private static bool HasSpread(ReadOnlySpan<double> rest) => rest.Length >= 2 && rest[0] != rest[^1];

    /// <summary>How many values at the start of sorted values equal <paramref name="v"/>.</summary>
    internal static int Count(ReadOnlySpan<double> sorted, double v)
    {
        var c = 0;
        while (c < sorted.Length && sorted[c] == v)
        {
            c++;
        }

        return c;
    }

    private static int CountFromEnd(ReadOnlySpan<double> sorted, double v)
    {
        var c = 0;
        while (c < sorted.Length && sorted[sorted.Length - 1 - c] == v)
        {
            c++;
        }

        return c;
    }

    internal static string Num(double v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
