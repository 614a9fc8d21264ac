namespace Personas.Profiling;

/// <summary>
/// Exact medians of one numeric column for every persona and for the rest of the customers (all but that persona), in
/// O(n) passes instead of sorting: a histogram over the top bits of each value's order-preserving key (per persona;
/// the rest is the total minus the persona; 2^8 to 2^16 buckets, about one per value, so that short columns of wide
/// files do not pay for 65,536 buckets per persona), then only the values in the few buckets that hold a wanted rank are
/// gathered and ordered. Equal to the median of the sorted values (the mean of the two middle ones for an even count).
/// </summary>
internal static class GroupMedians
{
    private const int MinBits = 8;
    private const int MaxBits = 16;

    /// <summary>How many top bits of the key index the histogram: about log2 of the count, within [8, 16].</summary>
    internal static int BucketBits(int count) =>
        Math.Clamp(count <= 1 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(count - 1)), MinBits, MaxBits);

    /// <summary>Medians of the finite values of each wanted persona and of the rest; null where a group has no value.</summary>
    public static (double?[] Persona, double?[] Others) Compute(ReadOnlySpan<float> x, int[] labels, int k, bool[] wanted)
    {
        var shift = 32 - BucketBits(x.Length);
        var buckets = 1 << (32 - shift);
        var hist = new int[k * buckets];
        var total = new int[buckets];
        var counts = new int[k];
        for (var i = 0; i < x.Length; i++)
        {
            if (!float.IsFinite(x[i]))
            {
                continue;
            }

            var b = (int)(Key(x[i]) >> shift);
            hist[(labels[i] * buckets) + b]++;
            total[b]++;
            counts[labels[i]]++;
        }

        var count = counts.Sum();

        // Each target: persona c, the rest of c (rest = true), a rank, the bucket holding it and the rank inside it.
        var targets = new List<(int C, bool OfRest, int Bucket, int Within)>();
        var wantedBucket = new int[buckets];
        Array.Fill(wantedBucket, -1);
        var gathered = new List<int>();
        for (var c = 0; c < k; c++)
        {
            if (!wanted[c])
            {
                continue;
            }

            foreach (var rest in new[] { false, true })
            {
                var m = rest ? count - counts[c] : counts[c];
                if (m == 0)
                {
                    continue;
                }

                foreach (var rank in new[] { (m - 1) / 2, m / 2 })
                {
                    var (bucket, within) = Locate(hist.AsSpan(c * buckets, buckets), total, rest, rank);
                    if (wantedBucket[bucket] < 0)
                    {
                        wantedBucket[bucket] = gathered.Count;
                        gathered.Add(bucket);
                    }

                    targets.Add((c, rest, bucket, within));
                }
            }
        }

        // Gather (key, label) of the values in the wanted buckets, each bucket's slice ordered by key.
        var start = new int[gathered.Count + 1];
        for (var g = 0; g < gathered.Count; g++)
        {
            start[g + 1] = start[g] + total[gathered[g]];
        }

        var keys = new ulong[start[^1]];
        var fill = start[..^1];
        for (var i = 0; i < x.Length; i++)
        {
            if (!float.IsFinite(x[i]))
            {
                continue;
            }

            var key = Key(x[i]);
            var g = wantedBucket[(int)(key >> shift)];
            if (g >= 0)
            {
                keys[fill[g]++] = ((ulong)key << 32) | (uint)labels[i];
            }
        }

        for (var g = 0; g < gathered.Count; g++)
        {
            keys.AsSpan(start[g], start[g + 1] - start[g]).Sort();
        }

        var persona = new double?[k];
        var restMedian = new double?[k];
        for (var t = 0; t < targets.Count; t += 2)
        {
            var (c, rest, bucket, within) = targets[t];
            var lo = ValueAt(keys, start, wantedBucket[bucket], c, rest, within);
            var (_, _, bucketHi, withinHi) = targets[t + 1];
            var hi = ValueAt(keys, start, wantedBucket[bucketHi], c, rest, withinHi);
            var median = ((double)lo + hi) / 2;
            if (rest)
            {
                restMedian[c] = median;
            }
            else
            {
                persona[c] = median;
            }
        }

        return (persona, restMedian);
    }

    /// <summary>An unsigned key with the order of the floats (negative values reversed below the positive ones).</summary>
    private static uint Key(float v)
    {
        var bits = BitConverter.SingleToUInt32Bits(v);
        return (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
    }

    private static float FromKey(uint key) =>
        BitConverter.UInt32BitsToSingle((key & 0x8000_0000u) != 0 ? key & 0x7FFF_FFFFu : ~key);

    /// <summary>The bucket holding the value of <paramref name="rank"/> in a persona's histogram (or in the rest's: total minus the persona's), and its rank inside the bucket.</summary>
    private static (int Bucket, int Within) Locate(ReadOnlySpan<int> mine, int[] total, bool rest, int rank)
    {
        var before = 0;
        for (var b = 0; b < mine.Length; b++)
        {
            var inBucket = rest ? total[b] - mine[b] : mine[b];
            if (rank < before + inBucket)
            {
                return (b, rank - before);
            }

            before += inBucket;
        }

        throw new InvalidOperationException("A rank beyond the values counted.");
    }

    /// <summary>The value at rank <paramref name="within"/> among the group's values (label c, or every other label for the rest) in one gathered bucket.</summary>
    private static float ValueAt(ulong[] keys, int[] start, int g, int c, bool rest, int within)
    {
        var seen = 0;
        for (var t = start[g]; t < start[g + 1]; t++)
        {
            var isMine = (int)(uint)keys[t] == c;
            if (isMine != rest && seen++ == within)
            {
                return FromKey((uint)(keys[t] >> 32));
            }
        }

        throw new InvalidOperationException("A rank beyond the values gathered.");
    }
}
