using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

/// <summary>
/// The SIMD kernels against plain double-precision arithmetic, and their batched forms (four rows, two silhouette rows)
/// against the one-row forms bit for bit: every path must give the same numbers, or labels would depend on how rows
/// happen to be batched.
/// </summary>
public class KernelTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        { 1, 2 }, { 2, 3 }, { 3, 8 }, { 5, 9 }, { 20, 8 }, { 21, 17 }, { 7, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void NearestQuad_EqualsOneRowAtATime_AndPlainArithmetic(int d, int k)
    {
        var random = new Random((d * 100) + k);
        var n = 103;
        var x = Values(random, n * d);
        var centroids = Values(random, k * d);
        var t = CentroidKernels.Transpose(centroids, k, d);
        var q = default(CentroidKernels.QuadResult);
        for (var i = 0; i + 3 < n; i += 4)
        {
            int[] rows = [i, i + 3, i + 1, (i * 7) % n];
            CentroidKernels.NearestQuad(x, rows[0], rows[1], rows[2], rows[3], d, t, k, true, ref q);
            (int Index, float Best, float Second)[] quad =
                [(q.Index0, q.Best0, q.Second0), (q.Index1, q.Best1, q.Second1), (q.Index2, q.Best2, q.Second2), (q.Index3, q.Best3, q.Second3)];
            for (var r = 0; r < 4; r++)
            {
                var row = new ReadOnlySpan<float>(x, rows[r] * d, d);
                var one = CentroidKernels.NearestTwo(row, t, k, out var best, out var second);
                Assert.Equal((one, best, second), quad[r]);
                Assert.Equal(one, CentroidKernels.Nearest(row, t, k, out var best1));
                Assert.Equal(best, best1);

                var exact = new double[k];
                for (var j = 0; j < k; j++)
                {
                    exact[j] = Plain(row, centroids.AsSpan(j * d, d));
                }

                Assert.Equal(exact.Min(), best, 1e-4 * (1 + exact.Min()));
                Assert.True(exact[one] <= exact.Min() * (1 + 1e-5) + 1e-6, "the nearest centroid is the nearest in exact arithmetic");
                if (k > 1)
                {
                    var sorted = exact.Order().ToArray();
                    Assert.Equal(sorted[1], second, 1e-4 * (1 + sorted[1]));
                }
            }

            CentroidKernels.NearestQuad(x, rows[0], rows[1], rows[2], rows[3], d, t, k, false, ref q);
            Assert.Equal((quad[0].Index, quad[0].Best), (q.Index0, q.Best0));
            Assert.Equal((quad[3].Index, quad[3].Best), (q.Index3, q.Best3));
        }
    }

    [Fact]
    public void Nearest_TiesGoToTheLowestIndex_InEveryPath()
    {
        const int d = 3;
        float[] centroids = [1, 1, 1, 5, 5, 5, 1, 1, 1, 5, 5, 5];
        float[] x = [3, 3, 3, 1, 1, 1, 5, 5, 5, 3, 3, 3];
        var t = CentroidKernels.Transpose(centroids, 4, d);
        var q = default(CentroidKernels.QuadResult);
        CentroidKernels.NearestQuad(x, 0, 1, 2, 3, d, t, 4, true, ref q);
        Assert.Equal([0, 0, 1, 0], new[] { q.Index0, q.Index1, q.Index2, q.Index3 });
        Assert.Equal(0f, q.Second1); // a duplicate centroid is also the second nearest
        Assert.Equal(0, CentroidKernels.Nearest(x.AsSpan(0, d), t, 4, out _));
    }

    [Theory]
    [InlineData(1, 2, 37)]
    [InlineData(3, 3, 250)]
    [InlineData(20, 4, 301)]
    [InlineData(6, 5, 9)]
    public void Silhouette_EqualsPlainDefinition(int d, int k, int n)
    {
        var random = new Random(n);
        var x = Values(random, n * d);
        var labels = Enumerable.Range(0, n).Select(i => i < k ? i : random.Next(k)).ToArray();
        var fast = SilhouetteKernel.Samples(x, n, d, labels, k, null, CancellationToken.None);
        var sizes = Enumerable.Range(0, k).Select(c => labels.Count(l => l == c)).ToArray();
        for (var i = 0; i < n; i++)
        {
            var sums = new double[k];
            for (var j = 0; j < n; j++)
            {
                sums[labels[j]] += Math.Sqrt(Plain(x.AsSpan(i * d, d), x.AsSpan(j * d, d)));
            }

            var own = labels[i];
            var expected = 0.0;
            if (sizes[own] > 1)
            {
                var a = sums[own] / (sizes[own] - 1);
                var b = Enumerable.Range(0, k).Where(c => c != own).Min(c => sums[c] / sizes[c]);
                expected = (b - a) / Math.Max(a, b);
            }

            Assert.Equal(expected, fast[i], 1e-5);
        }
    }

    [Fact]
    public void Silhouette_DoesNotDependOnThreads_OrOnRowPairing()
    {
        var random = new Random(5);
        const int n = 1001, d = 7, k = 3;
        var x = Values(random, n * d);
        var labels = Enumerable.Range(0, n).Select(_ => random.Next(k)).ToArray();
        var one = SilhouetteKernel.Samples(x, n, d, labels, k, 1, CancellationToken.None);
        var many = SilhouetteKernel.Samples(x, n, d, labels, k, 4, CancellationToken.None);
        Assert.Equal(one, many);

        // Row 1000 is computed alone (odd count); the same row computed in a pair must give the same value.
        var swapped = (float[])x.Clone();
        var swappedLabels = (int[])labels.Clone();
        (swappedLabels[0], swappedLabels[1000]) = (labels[1000], labels[0]);
        for (var f = 0; f < d; f++)
        {
            (swapped[f], swapped[(1000 * d) + f]) = (x[(1000 * d) + f], x[f]);
        }

        var other = SilhouetteKernel.Samples(swapped, n, d, swappedLabels, k, 1, CancellationToken.None);
        Assert.Equal(one[1000], other[0]);
        Assert.Equal(one[0], other[1000]);
    }

    [Fact]
    public void Dispersion_IndicesEqualPublicMetrics_AndSkipEmptyClusters()
    {
        var random = new Random(8);
        const int n = 20_000, d = 5;
        var x = Values(random, n * d);
        var labels = Enumerable.Range(0, n).Select(i => random.Next(3) * 2).ToArray(); // clusters 0, 2, 4; 1 and 3 empty
        var matrix = new Personas.Features.FeatureMatrix(x, n, d, ["a", "b", "c", "e", "f"]);
        var (ch, db) = ClusterMetrics.Indices(x, n, d, labels, 5, null, CancellationToken.None);
        Assert.Equal(ClusterMetrics.CalinskiHarabasz(matrix, labels), ch, 1e-9);
        Assert.Equal(ClusterMetrics.DaviesBouldin(matrix, labels), db, 1e-9);
        var (one, _) = ClusterMetrics.Indices(x, n, d, labels, 5, 1, CancellationToken.None);
        Assert.Equal(ch, one);
        Assert.True(double.IsNaN(ClusterMetrics.Indices(x, n, d, new int[n], 2, null, CancellationToken.None).CalinskiHarabasz));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    public void LloydPass_SumsEqualPlainMeans_IncludingTheLastRowsMaskedTail(int d)
    {
        var random = new Random(d);
        var n = 20_003;
        var x = Values(random, n * d);
        const int k = 3;
        var centroids = Values(random, k * d);
        var state = new KMeansState(x, n, d, k, null, CancellationToken.None);
        state.SetMean(new double[d]);
        state.FullAssign(centroids, false);
        var (next, counts, _) = state.UpdateCentroids();
        var sums = new double[k * d];
        var expectedCounts = new long[k];
        for (var i = 0; i < n; i++)
        {
            var a = state.Labels[i];
            expectedCounts[a]++;
            for (var f = 0; f < d; f++)
            {
                sums[(a * d) + f] += x[(i * d) + f];
            }
        }

        Assert.Equal(expectedCounts, counts);
        for (var t = 0; t < k * d; t++)
        {
            Assert.Equal(sums[t] / expectedCounts[t / d], next[t], 1e-5);
        }
    }

    [Theory]
    [InlineData(0.0, 8)]
    [InlineData(0.0, 5)]
    [InlineData(1e5, 8)] // far from the origin the score form loses precision: the check must send rows to the exact kernel
    [InlineData(3.0, 12)] // more than eight centroids: the exact kernel throughout
    public void LloydAssign_GivesTheExactKernelsLabelsAndSums(double offset, int k)
    {
        var random = new Random(k);
        const int n = 50_003, d = 6;
        var x = Enumerable.Range(0, n * d).Select(_ => (float)(offset + (random.NextDouble() * 6) - 3)).ToArray();
        var centroids = Enumerable.Range(0, k).SelectMany(j => x.AsSpan(random.Next(n) * d, d).ToArray()).ToArray();
        var exact = new KMeansState(x, n, d, k, null, CancellationToken.None);
        var fast = new KMeansState(x, n, d, k, null, CancellationToken.None);
        exact.SetMean(new double[d]);
        fast.SetMean(new double[d]);
        exact.FullAssign(centroids, false);
        fast.LloydAssign(centroids);
        Assert.Equal(exact.Labels, fast.Labels);
        Assert.Equal(exact.LastChanges, fast.LastChanges);
        var (a, countsA, _) = exact.UpdateCentroids();
        var (b, countsB, _) = fast.UpdateCentroids();
        Assert.Equal(countsA, countsB);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(20, 8)]
    [InlineData(3, 11)] // more than eight candidates: the row-by-row path
    public void KMeansPlusPlus_CandidatePotentials_EqualPlainSums(int d, int candidates)
    {
        var random = new Random(candidates);
        const int n = 20_003;
        var x = Values(random, n * d);
        var closest = Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 30)).ToArray();
        var vectors = Values(random, candidates * d);
        var blocks = RowBlocks.Count(n);
        var potentials = new double[blocks * candidates];
        KMeansPlusPlus.Potentials(x, n, d, closest, vectors, candidates, potentials, null, CancellationToken.None);
        var again = new double[blocks * candidates];
        KMeansPlusPlus.Potentials(x, n, d, closest, vectors, candidates, again, 1, CancellationToken.None);
        Assert.Equal(potentials, again);
        for (var t = 0; t < candidates; t++)
        {
            double expected = 0, actual = 0;
            for (var i = 0; i < n; i++)
            {
                expected += Math.Min(closest[i], Plain(x.AsSpan(i * d, d), vectors.AsSpan(t * d, d)));
            }

            for (var b = 0; b < blocks; b++)
            {
                actual += potentials[(b * candidates) + t];
            }

            Assert.Equal(expected, actual, expected * 1e-5);
        }
    }

    private static float[] Values(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() * 8) - 4)).ToArray();

    private static double Plain(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double s = 0;
        for (var f = 0; f < a.Length; f++)
        {
            s += ((double)a[f] - b[f]) * ((double)a[f] - b[f]);
        }

        return s;
    }
}
