using System.Runtime.CompilerServices;
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
        var (_, pairCpu) = Measure.Median(5, () =>
        {
            var q = default(CentroidKernels.QuadResult);
            for (var i = 0; i + 3 < n; i += 4)
            {
                CentroidKernels.NearestQuad(x, i, i + 1, i + 2, i + 3, d, t, k, false, ref q);
                labels[i] = q.Index0;
                labels[i + 1] = q.Index1;
                labels[i + 2] = q.Index2;
                labels[i + 3] = q.Index3;
            }
        });
        var chunk = new ChunkSums(k, d);
        chunk.Start(sums);
        var (_, chunkCpu) = Measure.Median(5, () =>
        {
            for (var i = 0; i < n; i++)
            {
                chunk.Add(x, i, labels[i]);
            }
        });
        var (_, fmaCpu) = Measure.Median(5, () =>
        {
            var v0 = Vector256.Create(1f); var v1 = v0; var v2 = v0; var v3 = v0; var v4 = v0; var v5 = v0; var v6 = v0; var v7 = v0;
            var m = Vector256.Create(0.999999f);
            for (var i = 0; i < 10_000_000; i++)
            {
                v0 = Vector256.FusedMultiplyAdd(v0, m, m); v1 = Vector256.FusedMultiplyAdd(v1, m, m); v2 = Vector256.FusedMultiplyAdd(v2, m, m); v3 = Vector256.FusedMultiplyAdd(v3, m, m);
                v4 = Vector256.FusedMultiplyAdd(v4, m, m); v5 = Vector256.FusedMultiplyAdd(v5, m, m); v6 = Vector256.FusedMultiplyAdd(v6, m, m); v7 = Vector256.FusedMultiplyAdd(v7, m, m);
            }

            sums[1] += (v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7).ToScalar();
        });
        var (_, hotCpu) = Measure.Median(5, () =>
        {
            for (var rep = 0; rep < 122; rep++)
            {
                var q = default(CentroidKernels.QuadResult);
                for (var i = 0; i + 3 < 8192; i += 4)
                {
                    CentroidKernels.NearestQuad(x, i, i + 1, i + 2, i + 3, d, t, k, false, ref q);
                    labels[i] = q.Index0;
                    labels[i + 1] = q.Index1;
                    labels[i + 2] = q.Index2;
                    labels[i + 3] = q.Index3;
                }
            }
        });
        var hotState = new KMeansState(x[..(8192 * d)], 8192, d, k, 1, CancellationToken.None);
        var (_, lloydHot) = Measure.Median(5, () =>
        {
            for (var rep = 0; rep < 122; rep++)
            {
                hotState.LloydAssign(centroids);
            }
        });
        var sk = new ScoreKernels(centroids, k, d);
        var hx = x[..(8192 * d)];
        var norms = ScoreKernels.RowNorms(hx, 8192, d, 1, CancellationToken.None)!;
        var (_, quadHot) = Measure.Median(5, () =>
        {
            var q = default(CentroidKernels.QuadResult);
            for (var rep = 0; rep < 122; rep++)
            {
                for (var i = 0; i + 3 < 8192; i += 4)
                {
                    sums[2] += sk.Quad(hx, i, d, norms, ref q);
                    labels[i] = q.Index0;
                    labels[i + 1] = q.Index1;
                    labels[i + 2] = q.Index2;
                    labels[i + 3] = q.Index3;
                }
            }
        });
        var cs = new ChunkSums(k, d);
        cs.Start(new double[k * d]);
        var (_, addHot) = Measure.Median(5, () =>
        {
            for (var rep = 0; rep < 122; rep++)
            {
                for (var i = 0; i + 3 < 8192; i += 4)
                {
                    cs.AddQuad(hx, i, labels[i], labels[i + 1], labels[i + 2], labels[i + 3]);
                }
            }
        });
        Console.WriteLine($"one thread, rows in L2, per row: scores {quadHot * 1e6 / (122 * 8192):F1} ns, sums {addHot * 1e6 / (122 * 8192):F1} ns");
        var tilesX = new float[8192 * d];
        for (var i = 0; i < 8192; i++)
        {
            for (var f = 0; f < d; f++)
            {
                tilesX[((i / 8) * d * 8) + (f * 8) + (i % 8)] = hx[(i * d) + f];
            }
        }

        var c2 = new float[d * k * 8]; // [f][j][lane]: -2 c_jf in every lane
        var cn = new float[8];
        for (var j = 0; j < k; j++)
        {
            for (var f = 0; f < d; f++)
            {
                for (var l = 0; l < 8; l++)
                {
                    c2[(((f * k) + j) * 8) + l] = -2 * centroids[(j * d) + f];
                }

                cn[j] += centroids[(j * d) + f] * centroids[(j * d) + f];
            }
        }

        var (_, tileCpu) = Measure.Median(5, () =>
        {
            for (var rep = 0; rep < 122; rep++)
            {
                for (var tile = 0; tile < 1024; tile += 2)
                {
                    sums[3] += TilePair(ref tilesX[tile * d * 8], ref c2[0], cn, d).ToScalar();
                }
            }
        });
        Console.WriteLine($"experiment, pre-transposed tiles, two tiles x eight centroids in registers: {tileCpu * 1e6 / (122 * 8192):F1} ns per row");
        var coldState = new KMeansState(x, n, d, k, 1, CancellationToken.None);
        var (_, lloydCold) = Measure.Median(5, () => coldState.LloydAssign(centroids));
        Console.WriteLine($"Lloyd pass, one thread, per row: rows in L2 {lloydHot * 1e6 / (122 * 8192):F1} ns, streamed {lloydCold * 1e6 / n:F1} ns");
        Console.WriteLine($"nearest in fours on rows in L2: {hotCpu * 1e6 / (122 * 8192):F1} ns per row");
        var bx = x.AsSpan(0, 4096).ToArray();
        var (_, bcastCpu) = Measure.Median(5, () =>
        {
            var v0 = Vector256.Create(1f); var v1 = v0; var v2 = v0; var v3 = v0; var v4 = v0; var v5 = v0; var v6 = v0; var v7 = v0;
            var m = Vector256.Create(0.999999f);
            for (var rep = 0; rep < 2500; rep++)
            {
                for (var i = 0; i < 4096; i += 8)
                {
                    v0 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i]), m, v0); v1 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 1]), m, v1);
                    v2 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 2]), m, v2); v3 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 3]), m, v3);
                    v4 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 4]), m, v4); v5 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 5]), m, v5);
                    v6 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 6]), m, v6); v7 = Vector256.FusedMultiplyAdd(Vector256.Create(bx[i + 7]), m, v7);
                }
            }

            sums[1] += (v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7).ToScalar();
        });
        Console.WriteLine($"FMA with a broadcast memory operand, one thread: {2500.0 * 4096 / (bcastCpu * 1e6):F2} per ns");
        Console.WriteLine($"FMA throughput, one thread: {80_000_000 / (fmaCpu * 1e6):F2} per ns");
        Console.WriteLine($"per row, one thread: nearest in fours {pairCpu * 1e6 / n:F1} ns, float chunk sums {chunkCpu * 1e6 / n:F1} ns");
        Console.WriteLine($"per row, one thread: group kernel {groupCpu * 1e6 / n:F1} ns, nearest {nearestCpu * 1e6 / n:F1} ns, add to sums {addCpu * 1e6 / n:F1} ns, read row {readCpu * 1e6 / n:F1} ns");
    }

    private static Vector256<int> TilePair(ref float pt, ref float pc, float[] cn, int d)
    {
        var stride = (nint)d * 8;
        Vector256<float> a0 = Vector256.Create(cn[0]), a1 = Vector256.Create(cn[1]), a2 = Vector256.Create(cn[2]), a3 = Vector256.Create(cn[3]);
        Vector256<float> a4 = Vector256.Create(cn[4]), a5 = Vector256.Create(cn[5]), a6 = Vector256.Create(cn[6]), a7 = Vector256.Create(cn[7]);
        Vector256<float> b0 = a0, b1 = a1, b2 = a2, b3 = a3, b4 = a4, b5 = a5, b6 = a6, b7 = a7;
        ref var pu = ref Unsafe.Add(ref pt, stride);
        for (nint o = 0; o < stride; o += 8)
        {
            var xa = Vector256.LoadUnsafe(ref pt, (nuint)o);
            var xb = Vector256.LoadUnsafe(ref pu, (nuint)o);
            var c = Vector256.LoadUnsafe(ref pc);
            a0 = Vector256.FusedMultiplyAdd(xa, c, a0); b0 = Vector256.FusedMultiplyAdd(xb, c, b0);
            c = Vector256.LoadUnsafe(ref pc, 8);
            a1 = Vector256.FusedMultiplyAdd(xa, c, a1); b1 = Vector256.FusedMultiplyAdd(xb, c, b1);
            c = Vector256.LoadUnsafe(ref pc, 16);
            a2 = Vector256.FusedMultiplyAdd(xa, c, a2); b2 = Vector256.FusedMultiplyAdd(xb, c, b2);
            c = Vector256.LoadUnsafe(ref pc, 24);
            a3 = Vector256.FusedMultiplyAdd(xa, c, a3); b3 = Vector256.FusedMultiplyAdd(xb, c, b3);
            c = Vector256.LoadUnsafe(ref pc, 32);
            a4 = Vector256.FusedMultiplyAdd(xa, c, a4); b4 = Vector256.FusedMultiplyAdd(xb, c, b4);
            c = Vector256.LoadUnsafe(ref pc, 40);
            a5 = Vector256.FusedMultiplyAdd(xa, c, a5); b5 = Vector256.FusedMultiplyAdd(xb, c, b5);
            c = Vector256.LoadUnsafe(ref pc, 48);
            a6 = Vector256.FusedMultiplyAdd(xa, c, a6); b6 = Vector256.FusedMultiplyAdd(xb, c, b6);
            c = Vector256.LoadUnsafe(ref pc, 56);
            a7 = Vector256.FusedMultiplyAdd(xa, c, a7); b7 = Vector256.FusedMultiplyAdd(xb, c, b7);
            pc = ref Unsafe.Add(ref pc, 64);
        }

        var best = a0;
        var idx = Vector256<int>.Zero;
        Step(a1, 1, ref best, ref idx); Step(a2, 2, ref best, ref idx); Step(a3, 3, ref best, ref idx); Step(a4, 4, ref best, ref idx);
        Step(a5, 5, ref best, ref idx); Step(a6, 6, ref best, ref idx); Step(a7, 7, ref best, ref idx);
        var bestB = b0;
        var idxB = Vector256<int>.Zero;
        Step(b1, 1, ref bestB, ref idxB); Step(b2, 2, ref bestB, ref idxB); Step(b3, 3, ref bestB, ref idxB); Step(b4, 4, ref bestB, ref idxB);
        Step(b5, 5, ref bestB, ref idxB); Step(b6, 6, ref bestB, ref idxB); Step(b7, 7, ref bestB, ref idxB);
        return idx + idxB;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(Vector256<float> v, int j, ref Vector256<float> best, ref Vector256<int> idx)
    {
        var lt = Vector256.LessThan(v, best);
        best = Vector256.MinNative(best, v);
        idx = Vector256.ConditionalSelect(lt.AsInt32(), Vector256.Create(j), idx);
    }
}
