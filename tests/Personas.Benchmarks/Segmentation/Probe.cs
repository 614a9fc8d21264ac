using System.Runtime.Intrinsics;
using Personas.Segmentation;

namespace Personas.Benchmarks.Segmentation;

/// <summary>Single-thread cost per row of the pieces of a Lloyd pass (CPU time), to see where time goes.</summary>
internal static class Probe
{
    public static void Run(float[] x, int n, int d, float[] centroids, int k)
    {
        var t = CentroidKernels.Transpose(centroids, k, d);
        var labels = new int[n];
        var sums = new double[k * d];
        var (_, nearestCpu) = Measure.Median(5, () =>
        {
            for (var i = 0; i < n; i++)
            {
                labels[i] = CentroidKernels.Nearest(new ReadOnlySpan<float>(x, i * d, d), t, k, out _);
            }
        });
        var (_, groupCpu) = Measure.Median(5, () =>
        {
            for (var i = 0; i < n; i++)
            {
                sums[0] += CentroidKernels.Group(new ReadOnlySpan<float>(x, i * d, d), t, 0).ToScalar();
            }
        });
        var (_, addCpu) = Measure.Median(5, () =>
        {
            for (var i = 0; i < n; i++)
            {
                Kernels.AddTo(new ReadOnlySpan<float>(x, i * d, d), sums.AsSpan(labels[i] * d, d));
            }
        });
        var (_, readCpu) = Measure.Median(5, () =>
        {
            float s = 0;
            for (var i = 0; i < n; i++)
            {
                s += System.Numerics.Tensors.TensorPrimitives.Sum(new ReadOnlySpan<float>(x, i * d, d));
            }

            sums[0] += s;
        });
        Console.WriteLine($"per row, one thread: group kernel {groupCpu * 1e6 / n:F1} ns, nearest {nearestCpu * 1e6 / n:F1} ns, add to sums {addCpu * 1e6 / n:F1} ns, read row {readCpu * 1e6 / n:F1} ns");
    }
}
