using System.Globalization;

namespace Personas.Notebooks;

/// <summary>A NuGet package version (numeric parts, optional pre-release label), ordered as NuGet orders them.</summary>
internal sealed record PackageVersion(int[] Parts, string Label) : IComparable<PackageVersion>
{
    public static PackageVersion? TryParse(string text)
    {
        var core = text.Split('+', 2)[0];
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var label = dash >= 0 ? core[(dash + 1)..] : string.Empty;
        var numbers = (dash >= 0 ? core[..dash] : core).Split('.');
        if (numbers.Length is < 1 or > 4)
        {
            return null;
        }

        var parts = new int[4];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!int.TryParse(numbers[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
            {
                return null;
            }
        }

        return new PackageVersion(parts, label);
    }

    /// <summary>The lowest version a nuspec dependency range such as <c>5.0.1</c> or <c>[5.0.1, )</c> accepts.</summary>
    public static PackageVersion MinimumOf(string range)
    {
        var inner = range.Trim().TrimStart('[', '(').TrimEnd(']', ')');
        var first = inner.Split(',', 2)[0].Trim();
        return TryParse(first) ?? new PackageVersion(new int[4], string.Empty);
    }

    public int CompareTo(PackageVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < 4; i++)
        {
            var c = Parts[i].CompareTo(other.Parts[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return (Label.Length == 0, other.Label.Length == 0) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => string.Compare(Label, other.Label, StringComparison.OrdinalIgnoreCase),
        };
    }

    public bool Equals(PackageVersion? other) => other is not null && CompareTo(other) == 0;

    public override int GetHashCode() => HashCode.Combine(Parts[0], Parts[1], Parts[2], Parts[3], Label.ToUpperInvariant());

    public override string ToString()
    {
        var n = Parts[3] != 0 ? 4 : 3;
        var s = string.Join('.', Parts.Take(n).Select(p => p.ToString(CultureInfo.InvariantCulture)));
        return Label.Length == 0 ? s : s + "-" + Label;
    }
}
