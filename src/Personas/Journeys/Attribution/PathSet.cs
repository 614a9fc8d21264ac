using Personas.Data;

namespace Personas.Journeys.Attribution;

/// <summary>
/// Paths of touchpoints with conversion and null counts (and value), stored in columns: the input of every
/// attribution model. Built from journeys, from <see cref="AttributionPath"/> objects or from a ChannelAttribution
/// path file (<see cref="PathFileReader"/>). Immutable.
/// </summary>
public sealed class PathSet
{
    private readonly string[] _channels;
    private readonly int[] _data;
    private readonly int[] _offsets;
    private readonly double[] _conversions;
    private readonly double[] _nulls;
    private readonly double[] _values;
    private readonly float[]? _ages;

    internal PathSet(string source, string[] channels, int[] data, int[] offsets, double[] conversions, double[] nulls, double[] values, float[]? ages, bool hasValues, IReadOnlyList<ExcludedRow>? exclusions = null)
    {
        Source = source;
        _channels = channels;
        _data = data;
        _offsets = offsets;
        _conversions = conversions;
        _nulls = nulls;
        _values = hasValues ? values : [];
        _ages = ages;
        HasValues = hasValues;
        Exclusions = exclusions ?? [];
        TotalConversions = conversions.Sum();
        TotalNulls = nulls.Sum();
        TotalValue = _values.Sum();
    }

    /// <summary>Where the paths came from.</summary>
    public string Source { get; }

    /// <summary>The number of paths.</summary>
    public int Count => _conversions.Length;

    /// <summary>The distinct touchpoints (channels), in order of first appearance.</summary>
    public IReadOnlyList<string> Channels => _channels;

    /// <summary>The sum of conversions over all paths.</summary>
    public double TotalConversions { get; }

    /// <summary>The sum of non-conversions (nulls) over all paths.</summary>
    public double TotalNulls { get; }

    /// <summary>The sum of conversion value over all paths.</summary>
    public double TotalValue { get; }

    /// <summary>True when conversion values were given.</summary>
    public bool HasValues { get; }

    /// <summary>True when touch times are known (time-decay attribution is possible).</summary>
    public bool HasTimes => _ages is not null;

    /// <summary>Rows of a path file that were not used, with line and reason.</summary>
    public IReadOnlyList<ExcludedRow> Exclusions { get; }

    internal ReadOnlySpan<int> Data => _data;

    internal int[] DataArray => _data;

    internal int[] OffsetArray => _offsets;

    internal ReadOnlySpan<int> Offsets => _offsets;

    internal ReadOnlySpan<float> AgesSeconds => _ages;

    /// <summary>The touchpoints of a path as indices into <see cref="Channels"/>.</summary>
    /// <param name="path">The path index.</param>
    /// <returns>The channel indices, repeats included.</returns>
    public ReadOnlySpan<int> ChannelIds(int path) => _data.AsSpan(_offsets[path], _offsets[path + 1] - _offsets[path]);

    /// <summary>The conversions of a path.</summary>
    /// <param name="path">The path index.</param>
    /// <returns>The number of converting journeys.</returns>
    public double Conversions(int path) => _conversions[path];

    /// <summary>The nulls (non-conversions) of a path.</summary>
    /// <param name="path">The path index.</param>
    /// <returns>The number of non-converting journeys.</returns>
    public double Nulls(int path) => _nulls[path];

    /// <summary>The conversion value of a path.</summary>
    /// <param name="path">The path index.</param>
    /// <returns>The total value (0 when none).</returns>
    public double Value(int path) => HasValues ? _values[path] : 0;

    /// <summary>Builds a path set from objects.</summary>
    /// <param name="paths">The paths; empty paths and paths with neither conversions nor nulls are ignored.</param>
    /// <param name="source">A description of the source.</param>
    /// <returns>The path set.</returns>
    /// <exception cref="ArgumentException">A count or value is negative or not finite, or touch ages do not match the touchpoints.</exception>
    public static PathSet FromPaths(IEnumerable<AttributionPath> paths, string source = "paths")
    {
        ArgumentNullException.ThrowIfNull(paths);
        var b = new Builder(source);
        var list = paths.ToList();
        var times = list.Count > 0 && list.All(p => p?.SecondsBeforeEnd is not null);
        foreach (var p in list)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(paths));
            if (!(p.Conversions >= 0 && p.Nulls >= 0 && double.IsFinite(p.Conversions) && double.IsFinite(p.Nulls) && double.IsFinite(p.Value)))
            {
                throw new ArgumentException("Expected finite, non-negative conversions and nulls and a finite value.", nameof(paths));
            }

            if (times && p.SecondsBeforeEnd!.Count != p.Touchpoints.Count)
            {
                throw new ArgumentException("Expected one age per touchpoint in SecondsBeforeEnd.", nameof(paths));
            }

            b.Add(p.Touchpoints, p.Conversions, p.Nulls, p.Value, times ? p.SecondsBeforeEnd : null);
        }

        return b.Build(list.Any(p => p.Value != 0), times);
    }

    /// <summary>Accumulates paths.</summary>
    internal sealed class Builder(string source)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _channels = [];
        private readonly List<int> _data = [];
        private readonly List<int> _offsets = [0];
        private readonly List<double> _conversions = [];
        private readonly List<double> _nulls = [];
        private readonly List<double> _values = [];
        private readonly List<float> _ages = [];
        private readonly List<ExcludedRow> _exclusions = [];

        public void Exclude(ExcludedRow row) => _exclusions.Add(row);

        public int ChannelId(string name)
        {
            if (!_ids.TryGetValue(name, out var id))
            {
                id = _channels.Count;
                _ids.Add(name, id);
                _channels.Add(name);
            }

            return id;
        }

        public void Add(IReadOnlyList<string> touchpoints, double conversions, double nulls, double value, IReadOnlyList<double>? ages)
        {
            if (touchpoints.Count == 0 || conversions + nulls <= 0)
            {
                return;
            }

            for (var i = 0; i < touchpoints.Count; i++)
            {
                _data.Add(ChannelId(touchpoints[i]));
                if (ages is not null)
                {
                    _ages.Add((float)ages[i]);
                }
            }

            _offsets.Add(_data.Count);
            _conversions.Add(conversions);
            _nulls.Add(nulls);
            _values.Add(value);
        }

        public PathSet Build(bool hasValues, bool hasTimes) =>
            new(source, [.. _channels], [.. _data], [.. _offsets], [.. _conversions], [.. _nulls], [.. _values], hasTimes ? [.. _ages] : null, hasValues, _exclusions.ToArray());
    }
}
