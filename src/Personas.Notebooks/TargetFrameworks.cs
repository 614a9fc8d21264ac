namespace Personas.Notebooks;

/// <summary>Ranks NuGet target framework folder names by how well they suit a net10.0 host (higher is better; negative is unusable).</summary>
internal static class TargetFrameworks
{
    public static int Rank(string? framework)
    {
        if (string.IsNullOrWhiteSpace(framework))
        {
            return 0;
        }

        var f = framework.Trim().ToLowerInvariant().TrimStart('.');
        if (f.Contains('-', StringComparison.Ordinal))
        {
            return -1;
        }

        if (f.StartsWith("netstandard", StringComparison.Ordinal))
        {
            return Version(f["netstandard".Length..]) is { } v ? 200 + (v.Major * 10) + v.Minor : -1;
        }

        if (f.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            return Version(f["netcoreapp".Length..]) is { } v ? 400 + (v.Major * 10) + v.Minor : -1;
        }

        if (f.StartsWith("net", StringComparison.Ordinal) && f.Contains('.', StringComparison.Ordinal))
        {
            return Version(f[3..]) is { Major: >= 5 and <= 10 } v ? 1000 + (v.Major * 10) + v.Minor : -1;
        }

        return -1;
    }

    private static Version? Version(string text) =>
        System.Version.TryParse(text.Contains('.', StringComparison.Ordinal) ? text : text + ".0", out var v) ? v
        : text.Length == 2 && char.IsDigit(text[0]) && char.IsDigit(text[1])
            ? new Version(text[0] - '0', text[1] - '0') : null;
}
