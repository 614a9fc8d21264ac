namespace Personas.Data.Parsing;

/// <summary>Maps distinct strings to dense indexes in first-seen order, looking up spans without allocating.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> _map = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly List<int> _counts = [];

    public IReadOnlyList<string> Values => _values;

    public IReadOnlyList<int> Counts => _counts;

    public int Count => _values.Count;

    /// <summary>The string already interned for a span, or null (for messages, without interning).</summary>
    public string? Peek(ReadOnlySpan<char> s) => _map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s, out var i) ? _values[i] : null;

    public int Intern(ReadOnlySpan<char> s)
    {
        var lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(s, out var i))
        {
            _counts[i]++;
            return i;
        }

        var str = s.ToString();
        i = _values.Count;
        _map[str] = i;
        _values.Add(str);
        _counts.Add(1);
        return i;
    }

    /// <summary>Interns a value, or returns -1 for a missing one.</summary>
    public int InternOrMissing(ReadOnlySpan<char> s) => NumberParser.IsMissing(s) ? -1 : Intern(s);
}
