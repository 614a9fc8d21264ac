using System.Globalization;

namespace Personas.Model;

/// <summary>Orders persona ids naturally: <c>P2</c> before <c>P10</c>; ids that are not <c>P</c> + number come after, ordinally.</summary>
internal sealed class PersonaIdComparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static PersonaIdComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var nx = Number(x);
        var ny = Number(y);
        if (nx != ny)
        {
            return nx.CompareTo(ny);
        }

        return string.CompareOrdinal(x, y);
    }

    /// <summary>The number of a <c>P</c>-id, or <see cref="long.MaxValue"/> when the id has another form.</summary>
    public static long Number(string? id) =>
        id is { Length: > 1 } && id[0] == 'P' && long.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
