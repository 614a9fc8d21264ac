using System.Globalization;

namespace Personas.Charts;

/// <summary>
/// The colour of each persona in every chart: a fixed palette indexed by the persona's number (<c>P3</c> is colour 2), so
/// the same persona has the same colour on the map, the bars, the journey charts and, since a persona keeps its id across
/// quarterly refreshes, in every quarter's report. Charts drawn from plain name lists use the position in the list.
/// </summary>
/// <remarks>The first ten colours are Tableau 10 (distinguishable for most colour-blind readers); after that the palette
/// repeats with a darker shade, so any number of personas gets a deterministic colour.</remarks>
public static class PersonaPalette
{
    private static readonly string[] Base =
    [
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
        "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
    ];

    /// <summary>The number of distinct base colours before the palette repeats in a darker shade.</summary>
    public static int BaseCount => Base.Length;

    /// <summary>The colour of the persona at <paramref name="index"/>, as <c>#RRGGBB</c>.</summary>
    /// <param name="index">The persona's 0-based index in its persona set.</param>
    /// <returns>A hex colour; the same index always gives the same colour.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string Color(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var hex = Base[index % Base.Length];
        var round = index / Base.Length;
        if (round == 0)
        {
            return hex;
        }

        // Darken by 25% per round: 0.75, 0.56, ... keeps the hue recognisable.
        var factor = Math.Pow(0.75, round);
        var r = (int)(int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * factor);
        var g = (int)(int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * factor);
        var b = (int)(int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) * factor);
        return string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
    }

    /// <summary>The colour of a persona by its id: <c>P1</c> is <see cref="Color(int)"/> 0, <c>P7</c> is 6; an id that is not
    /// <c>P</c> and a number gets <paramref name="fallbackIndex"/>'s colour.</summary>
    /// <param name="personaId">The persona id, for example <c>P3</c>.</param>
    /// <param name="fallbackIndex">The index to use when the id has no number.</param>
    /// <returns>A hex colour; the same id always gives the same colour.</returns>
    public static string ColorOf(string personaId, int fallbackIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(personaId);
        return Color(IndexOf(personaId, fallbackIndex));
    }

    /// <summary>The palette index of a persona id (<c>P1</c> -> 0), or <paramref name="fallbackIndex"/>.</summary>
    internal static int IndexOf(string personaId, int fallbackIndex) =>
        personaId.Length > 1 && (personaId[0] is 'P' or 'p') && int.TryParse(personaId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n - 1
            : fallbackIndex;

    /// <summary>The colour of the persona at <paramref name="index"/> with transparency, as CSS <c>rgba(...)</c>.</summary>
    /// <param name="index">The persona's 0-based index.</param>
    /// <param name="alpha">Opacity from 0 (transparent) to 1 (opaque).</param>
    /// <returns>A CSS colour such as <c>rgba(78,121,167,0.4)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or <paramref name="alpha"/> is outside [0, 1].</exception>
    public static string Rgba(int index, double alpha) => Rgba(Color(index), alpha);

    /// <summary>A hex colour with transparency, as CSS <c>rgba(...)</c>.</summary>
    internal static string Rgba(string hex, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(alpha);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(alpha, 1.0);
        var r = int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha:0.###})");
    }
}
