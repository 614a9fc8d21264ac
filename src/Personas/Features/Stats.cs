namespace Personas.Features;

/// <summary>Small statistics helpers in double precision (population moments, numpy-style linear quantiles).</summary>
internal static class Stats
{
    /// <summary>The q-quantile of sorted values with linear interpolation (numpy's default).</summary>
    public static double QuantileSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var (lo, hi, frac) = Position(sorted.Length, q);
        return sorted[lo] + (frac * (sorted[hi] - sorted[lo]));
    }

    /// <summary>
    /// The q-quantile with linear interpolation (numpy's default), equal to <see cref="QuantileSorted"/> of the sorted
    /// values, found by selection in O(n): <paramref name="values"/> is reordered, never sorted. Values must not be NaN.
    /// </summary>
    public static double Quantile(Span<double> values, double q)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var (lo, hi, frac) = Position(values.Length, q);
        var a = OrderStatistics.Select(values, lo);
        if (hi == lo)
        {
            return a + (frac * (a - a));
        }

        // After selection every value right of lo is >= a: the next order statistic is their minimum.
        var b = values[hi];
        foreach (var v in values[hi..])
        {
            if (v < b)
            {
                b = v;
            }
        }

        return a + (frac * (b - a));
    }

    /// <summary>Where the q-quantile lies among <paramref name="length"/> sorted values: the two ranks and the weight of the upper one.</summary>
    internal static (int Lo, int Hi, double Frac) Position(int length, double q)
    {
        var pos = q * (length - 1);
        var lo = (int)Math.Floor(pos);
        return (lo, Math.Min(lo + 1, length - 1), pos - lo);
    }

    /// <summary>Mean and population standard deviation (two-pass).</summary>
    public static (double Mean, double Sd) MeanSd(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        double ss = 0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, Math.Sqrt(ss / values.Length));
    }

    /// <summary>Fisher-Pearson skewness <c>g1 = m3 / m2^1.5</c> (scipy's default, biased); 0 for constant data.</summary>
    public static double Skewness(ReadOnlySpan<double> values)
    {
        var (mean, sd) = MeanSd(values);
        if (!(sd > 0))
        {
            return 0;
        }

        double m3 = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            m3 += d * d * d;
        }

        m3 /= values.Length;
        return m3 / (sd * sd * sd);
    }
}
