using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Personas.Model;

/// <summary>
/// The assignment kernel: for each feature vector, the nearest and second-nearest centroid by Euclidean distance,
/// with SIMD (<see cref="Vector{T}"/>) and no allocation. Immutable and therefore safe to share between threads.
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
    /// <returns>The 0-based index of the nearest centroid, or -1 when <paramref name="x"/> has a non-finite value.</returns>
    public int Nearest(ReadOnlySpan<float> x, out float distance, out float confidence, out bool isOutlier)
    {
        var d = Dimension;
        if (x.Length != d)
        {
            throw new ArgumentException($"Expected a feature vector of {d} values, found {x.Length}.", nameof(x));
        }

        ref var c0 = ref MemoryMarshal.GetArrayDataReference(_centroids);
        var best = float.PositiveInfinity;
        var second = float.PositiveInfinity;
        var bestIndex = -1;
        for (var c = 0; c < K; c++)
        {
            var s = SquaredDistance(x, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref c0, c * d), d));
            if (s < best)
            {
                second = best;
                best = s;
                bestIndex = c;
            }
            else if (s < second)
            {
                second = s;
            }
        }

        if (bestIndex < 0)
        {
            // Every distance was NaN: the vector holds a non-finite value.
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

    /// <summary>The squared Euclidean distance of two vectors of equal length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var n = a.Length;
        var i = 0;
        var sum = 0f;
        if (Vector.IsHardwareAccelerated && n >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
            {
                var diff = Vector.LoadUnsafe(ref ra, (nuint)i) - Vector.LoadUnsafe(ref rb, (nuint)i);
                acc += diff * diff;
            }

            sum = Vector.Sum(acc);
        }

        for (; i < n; i++)
        {
            var diff = a[i] - b[i];
            sum += diff * diff;
        }

        return sum;
    }
}
