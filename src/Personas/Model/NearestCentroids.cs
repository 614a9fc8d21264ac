using Personas.Segmentation;

namespace Personas.Model;

/// <summary>
/// The assignment kernel: for each feature vector, the nearest and second-nearest centroid by Euclidean distance,
/// with the segmentation's SIMD distance kernel and no allocation. Immutable and therefore safe to share between threads.
/// </summary>
internal sealed class NearestCentroids
{
    private readonly float[] _centroids;
    private readonly float[] _outlierDistance;

    /// <summary>Creates the kernel.</summary>
    /// <param name="centroids">Row-major <c>k x dimension</c> centroids; copied.</param>
    /// <param name="k">The number of centroids (at least 1).</param>
    /// <param name="dimension">The feature count (at least 1).</param>
    /// <param name="outlierDistance">Per centroid, the distance beyond which a record is an outlier; copied.</param>
    public NearestCentroids(ReadOnlySpan<float> centroids, int k, int dimension, ReadOnlySpan<float> outlierDistance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (centroids.Length != k * dimension || outlierDistance.Length != k)
        {
            throw new ArgumentException($"Expected {k * dimension} centroid values and {k} outlier distances, found {centroids.Length} and {outlierDistance.Length}.", nameof(centroids));
        }

        _centroids = centroids.ToArray();
        _outlierDistance = outlierDistance.ToArray();
        K = k;
        Dimension = dimension;
    }

    /// <summary>The number of centroids.</summary>
    public int K { get; }

    /// <summary>The feature count.</summary>
    public int Dimension { get; }

    /// <summary>Finds the nearest centroid of one vector.</summary>
    /// <param name="x">The feature vector (length <see cref="Dimension"/>).</param>
    /// <param name="distance">The distance to the nearest centroid (NaN when <paramref name="x"/> has a non-finite value).</param>
    /// <param name="confidence"><c>1 - d1 / d2</c>, see <see cref="PersonaAssignment.Confidence"/>.</param>
    /// <param name="isOutlier">True beyond the centroid's outlier distance.</param>
    /// <returns>The 0-based index of the nearest centroid, or -1 when no distance is finite (a NaN or infinite value in <paramref name="x"/>).</returns>
    public int Nearest(ReadOnlySpan<float> x, out float distance, out float confidence, out bool isOutlier)
    {
        var d = Dimension;
        if (x.Length != d)
        {
            throw new ArgumentException($"Expected a feature vector of {d} values, found {x.Length}.", nameof(x));
        }

        var bestIndex = NearestTwo(x, _centroids, K, out var best, out var second);
        if (!float.IsFinite(best))
        {
            // No finite distance: the vector holds a NaN or infinite value (or lies beyond single-precision range).
            distance = float.NaN;
            confidence = 0;
            isOutlier = true;
            return -1;
        }

        distance = MathF.Sqrt(best);
        var d2 = MathF.Sqrt(second);
        confidence = K == 1 ? 1f : d2 > 0 && float.IsFinite(d2) ? 1f - (distance / d2) : 0f;
        isOutlier = distance > _outlierDistance[bestIndex];
        return bestIndex;
    }

    /// <summary>Describes one vector's place relative to a given centroid (its persona from the segmentation): the distance to it,
    /// the confidence against the nearest other centroid, and the outlier flag, as <see cref="Nearest"/> would for that centroid.</summary>
    /// <param name="x">The feature vector (length <see cref="Dimension"/>).</param>
    /// <param name="index">The centroid's 0-based index.</param>
    /// <param name="distance">The distance to that centroid.</param>
    /// <param name="confidence"><c>1 - d / d2</c> with d2 the distance to the nearest other centroid (0 when that one is nearer).</param>
    /// <param name="isOutlier">True beyond the centroid's outlier distance.</param>
    public void Describe(ReadOnlySpan<float> x, int index, out float distance, out float confidence, out bool isOutlier)
    {
        var d = Dimension;
        var own = Kernels.SquaredDistance(x, new ReadOnlySpan<float>(_centroids, index * d, d));
        var other = float.PositiveInfinity;
        for (var j = 0; j < K; j++)
        {
            if (j != index)
            {
                other = MathF.Min(other, Kernels.SquaredDistance(x, new ReadOnlySpan<float>(_centroids, j * d, d)));
            }
        }

        distance = MathF.Sqrt(own);
        var d2 = MathF.Sqrt(other);
        confidence = K == 1 ? 1f : d2 > 0 && float.IsFinite(d2) ? Math.Clamp(1f - (distance / d2), 0f, 1f) : 0f;
        isOutlier = distance > _outlierDistance[index];
    }

    /// <summary>The nearest centroid (lowest index on ties) with its squared distance, and the second-nearest squared distance.</summary>
    private static int NearestTwo(ReadOnlySpan<float> x, float[] centroids, int k, out float best, out float second)
    {
        var d = x.Length;
        var bestIndex = -1;
        best = float.PositiveInfinity;
        second = float.PositiveInfinity;
        for (var j = 0; j < k; j++)
        {
            var dist = Kernels.SquaredDistance(x, new ReadOnlySpan<float>(centroids, j * d, d));
            if (dist < best)
            {
                second = best;
                best = dist;
                bestIndex = j;
            }
            else if (dist < second)
            {
                second = dist;
            }
        }

        return Math.Max(bestIndex, 0);
    }
}
