using Personas.Features;

namespace Personas.Charts;

/// <summary>Standardised feature means per persona: (persona mean - overall mean) / overall standard deviation.</summary>
internal static class TraitProfile
{
    public static double[][] Compute(FeatureMatrix features, IReadOnlyList<int> labels, int personaCount)
    {
        int n = features.Rows, d = features.Columns;
        var mean = new double[d];
        var sq = new double[d];
        var sums = new double[personaCount][];
        var counts = new int[personaCount];
        for (var p = 0; p < personaCount; p++)
        {
            sums[p] = new double[d];
        }

        for (var i = 0; i < n; i++)
        {
            var row = features.Row(i);
            var p = labels[i];
            if ((uint)p >= (uint)personaCount)
            {
                throw new ArgumentException($"Row {i}: expected a persona index in [0, {personaCount - 1}], found {p}.", nameof(labels));
            }

            counts[p]++;
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j];
                sums[p][j] += row[j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= Math.Max(n, 1);
        }

        for (var i = 0; i < n; i++)
        {
            var row = features.Row(i);
            for (var j = 0; j < d; j++)
            {
                sq[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }

        var result = new double[personaCount][];
        for (var p = 0; p < personaCount; p++)
        {
            result[p] = new double[d];
            for (var j = 0; j < d; j++)
            {
                var sd = Math.Sqrt(sq[j] / Math.Max(n, 1));
                result[p][j] = counts[p] == 0 || sd == 0 ? 0 : ((sums[p][j] / counts[p]) - mean[j]) / sd;
            }
        }

        return result;
    }
}
