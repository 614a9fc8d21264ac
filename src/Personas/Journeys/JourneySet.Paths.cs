namespace Personas.Journeys;

/// <summary>Each journey's path and path variant.</summary>
internal sealed partial class JourneySet
{
    private int[] _pathData = [];
    private int[] _pathStarts = [];
    private int[] _pathEnds = [];
    private int[] _variantJourney = [];

    /// <summary>The variant of each journey (journeys with the same path share it).</summary>
    public int[] Variant { get; private set; } = [];

    /// <summary>The number of distinct variants.</summary>
    public int VariantCount { get; private set; }

    /// <summary>Whether each journey has a conversion.</summary>
    public bool[] Converted { get; private set; } = [];

    /// <summary>
    /// The path of a journey as touchpoint ids: for purchase journeys the touches up to the purchase (post-purchase
    /// touches left out), otherwise every event; immediate repeats collapsed when <see cref="Collapse"/> is set.
    /// </summary>
    public ReadOnlySpan<int> PathOf(int journey) => _pathData.AsSpan(_pathStarts[journey], _pathEnds[journey] - _pathStarts[journey]);

    /// <summary>The length of a journey's path.</summary>
    public int PathLength(int journey) => _pathEnds[journey] - _pathStarts[journey];

    /// <summary>The path of a variant.</summary>
    public ReadOnlySpan<int> VariantPath(int variant) => PathOf(_variantJourney[variant]);

    private void BuildPaths(CancellationToken cancellationToken)
    {
        var tp = Log.TouchpointArray;
        var conv = Log.IsConversion;
        var converted = new bool[Count];
        for (var j = 0; j < Count; j++)
        {
            converted[j] = conv[Starts[j]..Ends[j]].Contains(true);
        }

        Converted = converted;
        var purchase = Split == JourneySplit.Purchase;
        if (!Collapse && !purchase)
        {
            _pathData = tp;
            _pathStarts = Starts;
            _pathEnds = Ends;
        }
        else
        {
            // Two passes (lengths, then touchpoints) so a long log needs one exact array, not a growing list.
            _pathStarts = new int[Count];
            _pathEnds = new int[Count];
            var total = 0;
            for (var j = 0; j < Count; j++)
            {
                _pathStarts[j] = total;
                total += WritePath(j, tp, purchase, null, 0);
                _pathEnds[j] = total;
            }

            _pathData = new int[total];
            for (var j = 0; j < Count; j++)
            {
                if ((j & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                WritePath(j, tp, purchase, _pathData, _pathStarts[j]);
            }
        }

        (Variant, VariantCount, _variantJourney) = Group(_pathData, _pathStarts, _pathEnds, Count);
    }

    /// <summary>Writes (or, with no target, counts) a journey's path.</summary>
    private int WritePath(int j, int[] tp, bool purchase, int[]? target, int at)
    {
        var n = 0;
        var previous = -1;
        for (var i = Starts[j]; i < Ends[j]; i++)
        {
            if (purchase && Role(i) == PostPurchaseRole)
            {
                continue;
            }

            if (!Collapse || tp[i] != previous)
            {
                if (target is not null)
                {
                    target[at + n] = tp[i];
                }

                n++;
            }

            previous = tp[i];
        }

        return n;
    }

    /// <summary>Numbers distinct sequences in order of first appearance.</summary>
    private static (int[] Variant, int Count, int[] Representative) Group(int[] data, int[] starts, int[] ends, int count)
    {
        var comparer = new PathComparer(data, starts, ends);
        var ids = new Dictionary<int, int>(comparer);
        var variant = new int[count];
        var representative = new List<int>();
        for (var j = 0; j < count; j++)
        {
            if (!ids.TryGetValue(j, out var v))
            {
                v = representative.Count;
                ids.Add(j, v);
                representative.Add(j);
            }

            variant[j] = v;
        }

        return (variant, representative.Count, [.. representative]);
    }

    /// <summary>Compares journeys by their touchpoint sequence.</summary>
    private sealed class PathComparer(int[] data, int[] starts, int[] ends) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) =>
            data.AsSpan(starts[x], ends[x] - starts[x]).SequenceEqual(data.AsSpan(starts[y], ends[y] - starts[y]));

        public int GetHashCode(int obj)
        {
            var h = new HashCode();
            h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.AsSpan(starts[obj], ends[obj] - starts[obj])));
            return h.ToHashCode();
        }
    }
}
