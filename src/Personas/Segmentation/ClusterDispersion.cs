using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// Cluster means, counts, the within-cluster sum of squares and each cluster's mean distance to its centroid, in two
/// parallel passes over the rows (double arithmetic, 256-bit vectors, per-block partial results combined in block
/// order, so the figures do not depend on the number of threads). Calinski-Harabasz and Davies-Bouldin both read it.
/// </summary>
internal sealed class ClusterDispersion
{
    private ClusterDispersion(double[][] means, int[] counts, double within, double[] spread) =>
        (Means, Counts, Within, Spread) = (means, counts, within, spread);

    /// <summary>Per cluster, the mean of its rows (k x d).</summary>
    public double[][] Means { get; }

    /// <summary>Rows per cluster.</summary>
    public int[] Counts { get; }

    /// <summary>The sum over rows of the squared distance to their cluster's mean.</summary>
    public double Within { get; }

    /// <summary>Per cluster, the mean Euclidean distance of its rows to its mean (0 for an empty cluster).</summary>
    public double[] Spread { get; }

    /// <summary>Computes the dispersion of <paramref name="labels"/> (0 to k - 1) over the rows of <paramref name="x"/>.</summary>
    public static ClusterDispersion Compute(float[] x, int n, int d, int[] labels, int k, int? maxDop, CancellationToken ct)
    {
        var blocks = RowBlocks.Count(n);
        var blockSums = new double[blocks][];
        var blockCounts = new int[blocks][];
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            var sums = new double[k * d];
            var counts = new int[k];
            for (var i = start; i < end; i++)
            {
                var l = labels[i];
                counts[l]++;
                Kernels.AddTo(new ReadOnlySpan<float>(x, i * d, d), sums.AsSpan(l * d, d));
            }

            blockSums[b] = sums;
            blockCounts[b] = counts;
        });
        var means = new double[k][];
        var total = new int[k];
        for (var j = 0; j < k; j++)
        {
            means[j] = new double[d];
        }

        for (var b = 0; b < blocks; b++)
        {
            for (var j = 0; j < k; j++)
            {
                total[j] += blockCounts[b][j];
                for (var f = 0; f < d; f++)
                {
                    means[j][f] += blockSums[b][(j * d) + f];
                }
            }
        }

        var flat = new double[k * d];
        for (var j = 0; j < k; j++)
        {
            for (var f = 0; f < d; f++)
            {
                means[j][f] = total[j] > 0 ? means[j][f] / total[j] : 0;
                flat[(j * d) + f] = means[j][f];
            }
        }

        var blockWithin = new double[blocks];
        var blockSpread = new double[blocks][];
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            var spread = new double[k];
            double within = 0;
            for (var i = start; i < end; i++)
            {
                var l = labels[i];
                var sq = SquaredDistance(new ReadOnlySpan<float>(x, i * d, d), new ReadOnlySpan<double>(flat, l * d, d));
                within += sq;
                spread[l] += Math.Sqrt(sq);
            }

            blockWithin[b] = within;
            blockSpread[b] = spread;
        });
        double w = 0;
        var s = new double[k];
        for (var b = 0; b < blocks; b++)
        {
            w += blockWithin[b];
            for (var j = 0; j < k; j++)
            {
                s[j] += blockSpread[b][j];
            }
        }

        for (var j = 0; j < k; j++)
        {
            s[j] = total[j] > 0 ? s[j] / total[j] : 0;
        }

        return new ClusterDispersion(means, total, w, s);
    }

    /// <summary>Squared distance between a float row and a double centre, in double (four lanes, then lanes in a fixed order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double SquaredDistance(ReadOnlySpan<float> row, ReadOnlySpan<double> centre)
    {
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var c = ref MemoryMarshal.GetReference(centre);
        var acc = Vector256<double>.Zero;
        var f = 0;
        for (; f <= row.Length - 4; f += 4)
        {
            var v = Vector256.WidenLower(Vector128.LoadUnsafe(ref r, (nuint)f).ToVector256Unsafe()) - Vector256.LoadUnsafe(ref c, (nuint)f);
            acc += v * v;
        }

        var sum = (acc.GetElement(0) + acc.GetElement(1)) + (acc.GetElement(2) + acc.GetElement(3));
        for (; f < row.Length; f++)
        {
            var v = Unsafe.Add(ref r, f) - Unsafe.Add(ref c, f);
            sum += v * v;
        }

        return sum;
    }
}
