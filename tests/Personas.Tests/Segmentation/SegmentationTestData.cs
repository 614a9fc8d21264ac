using System.Globalization;
using Personas.Features;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Segmentation;

/// <summary>Data for segmentation tests: a seeded Gaussian mixture with planted labels, and Mall Customers.</summary>
internal static class SegmentationTestData
{
    /// <summary>Rows drawn around <paramref name="k"/> random centres (uniform in [-10, 10]^d) with standard deviation <paramref name="spread"/>.</summary>
    public static (FeatureMatrix Matrix, int[] Truth) Mixture(int n, int k, int d, int seed, double spread = 1.0, double[]? weights = null)
    {
        var random = new Random(seed);
        var centres = new double[k, d];
        for (var j = 0; j < k; j++)
        {
            for (var f = 0; f < d; f++)
            {
                centres[j, f] = (random.NextDouble() * 20) - 10;
            }
        }

        var cumulative = new double[k];
        var total = weights?.Sum() ?? k;
        double acc = 0;
        for (var j = 0; j < k; j++)
        {
            acc += (weights?[j] ?? 1) / total;
            cumulative[j] = acc;
        }

        var values = new float[n * d];
        var truth = new int[n];
        for (var i = 0; i < n; i++)
        {
            var u = random.NextDouble();
            var j = 0;
            while (j < k - 1 && u > cumulative[j])
            {
                j++;
            }

            truth[i] = j;
            for (var f = 0; f < d; f++)
            {
                values[(i * d) + f] = (float)(centres[j, f] + (spread * Gaussian(random)));
            }
        }

        return (new FeatureMatrix(values, n, d, Enumerable.Range(0, d).Select(f => "x" + f).ToArray()), truth);
    }

    /// <summary>Mall Customers' Annual Income (k$) and Spending Score (1-100), unscaled, read with a tiny local parser.</summary>
    public static FeatureMatrix MallIncomeSpending()
    {
        var lines = File.ReadAllLines(Paths.Shared("mall-customers/Mall_Customers.csv")).Skip(1).Where(l => l.Length > 0).ToArray();
        var values = new float[lines.Length * 2];
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            values[i * 2] = float.Parse(cells[3], CultureInfo.InvariantCulture);
            values[(i * 2) + 1] = float.Parse(cells[4], CultureInfo.InvariantCulture);
        }

        return new FeatureMatrix(values, lines.Length, 2, ["Annual Income (k$)", "Spending Score (1-100)"]);
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
