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

        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
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
