namespace Personas.Data.Parsing;

/// <summary>What the first pass learned about one column: counts by kind, range, date evidence, distinct values.</summary>
internal sealed class ColumnProfile
{
    private Dictionary<string, long>? _counts = new(StringComparer.Ordinal);
    private HashSet<ulong>? _hashes;

    public ColumnProfile(string name, int index, bool idNamed, string? dateFormat, bool capture = false)
    {
        Captured = capture && dateFormat is null ? new CapturedNumbers() : null;
        Name = name;
        Index = index;
        IdNamed = idNamed;
        DateFormat = dateFormat;
    }

    public string Name { get; }

    /// <summary>The floats read so far while the column looks numeric, or null once it clearly does not.</summary>
    public CapturedNumbers? Captured { get; private set; }

    public int Index { get; }

    public bool IdNamed { get; }

    public string? DateFormat { get; }

    public long Missing { get; private set; }

    public long NonMissing { get; private set; }

    public long Numbers { get; private set; }

    public long NonFinite { get; private set; }

    public long Texts { get; private set; }

    public bool AllIntegers { get; private set; } = true;

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public long MinusOnes { get; private set; }

    public string? FirstText { get; private set; }

    public long TotalLength { get; private set; }

    public long WithSpaces { get; private set; }

    public int BoolMask { get; private set; } = BoolWords.All;

    /// <summary>Bit 1: a false value was seen; bit 2: a true value was seen.</summary>
    public int BoolValuesSeen { get; private set; }

    public long CustomDates { get; private set; }

    public DateEvidence Dates { get; } = new();

    /// <summary>False once a repeated value was seen (or distinct values were no longer tracked).</summary>
    public bool Unique { get; private set; } = true;

    /// <summary>True when the column had more distinct values than were counted.</summary>
    public bool DistinctOverflow { get; private set; }

    /// <summary>The counted distinct values and their counts (null after overflow).</summary>
    public IReadOnlyDictionary<string, long>? Counts => _counts;

    public long Distinct => _counts?.Count ?? long.MaxValue;

    /// <summary>Counts one cell; false when it is missing.</summary>
    public bool Observe(ReadOnlySpan<char> raw, bool decimalComma)
    {
        var s = raw.Trim();
        if (NumberParser.IsMissing(s))
        {
            Missing++;
            Captured?.Add(float.NaN);
            return false;
        }

        NonMissing++;
        TotalLength += s.Length;
        if (s.Contains(' '))
        {
            WithSpaces++;
        }

        switch (NumberParser.Parse(s, decimalComma, out var v))
        {
            case CellKind.Number:
                Captured?.Add((float)v);
                Numbers++;
                Min = Math.Min(Min, v);
                Max = Math.Max(Max, v);
                if (AllIntegers && v != Math.Floor(v))
                {
                    AllIntegers = false;
                }

                if (v == -1)
                {
                    MinusOnes++;
                }

                break;
            case CellKind.NonFinite:
                Captured?.AddBad(s);
                NonFinite++;
                FirstText ??= s.ToString();
                break;
            default:
                Captured?.AddBad(s);
                Texts++;
                if (Texts > 1000 && Texts * 10 > NonMissing)
                {
                    Captured = null; // clearly not numeric: the second pass reads it
                }

                FirstText ??= s.ToString();
                if (DateFormat is null)
                {
                    ObserveDate(s);
                }

                break;
        }

        if (DateFormat is not null && DateParser.ToDays(s, DateFormat) is not null)
        {
            CustomDates++;
        }

        if (BoolMask != 0)
        {
            BoolMask &= BoolWords.Classify(s, out var truth);
            BoolValuesSeen |= truth ? 2 : 1;
        }

        TrackDistinct(s);
        return true;
    }

    private void ObserveDate(ReadOnlySpan<char> s)
    {
        if (DateParser.TrySplit(s, out var p))
        {
            Dates.Add(p);
        }
    }

    /// <summary>Drops the hashes kept to decide uniqueness (ten million ids: about 300 MB) once the roles are decided.</summary>
    public void ForgetHashes() => _hashes = null;

    private void TrackDistinct(ReadOnlySpan<char> s)
    {
        if (_counts is not null)
        {
            var lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(s, out var n))
            {
                lookup[s] = n + 1;
                Unique = false;
                return;
            }

            if (_counts.Count < DataDefaults.DistinctCap)
            {
                lookup[s] = 1;
                return;
            }

            DistinctOverflow = true;
            var keys = _counts.Keys;
            _counts = null;
            if (!Unique || !(IdNamed || Texts > Numbers))
            {
                Unique = false;
                return;
            }

            _hashes = new HashSet<ulong>(keys.Select(k => Hash(k)));
        }

        if (_hashes is not null && !_hashes.Add(Hash(s)))
        {
            Unique = false;
            _hashes = null;
        }
    }

    // FNV-1a, 64 bits: deterministic, and collisions are negligible at the row counts read here.
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
