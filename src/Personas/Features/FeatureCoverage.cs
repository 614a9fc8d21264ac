using System.Globalization;

namespace Personas.Features;

/// <summary>
/// How many of a feature plan's source columns a table has: assigning or refreshing with few of them present means most
/// features are imputed, and the personas say little about those customers.
/// </summary>
/// <param name="Present">The plan's source columns the table has.</param>
/// <param name="Missing">The plan's source columns the table lacks (imputed for every row).</param>
public sealed record FeatureCoverage(IReadOnlyList<string> Present, IReadOnlyList<string> Missing)
{
    /// <summary>Below this share of the columns present, <see cref="Warning"/> is set.</summary>
    public const double WarnShare = 0.5;

    /// <summary>The share of the plan's source columns present (0..1).</summary>
    public double Share => Present.Count + Missing.Count == 0 ? 1 : (double)Present.Count / (Present.Count + Missing.Count);

    /// <summary>A warning in words when fewer than <see cref="WarnShare"/> of the columns are present, else null.</summary>
    public string? Warning => Share >= WarnShare ? null : Describe();

    /// <summary>The coverage in words, for example <c>only 1 of 18 of the model's columns (6%) are in the data ...</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe()
    {
        var total = Present.Count + Missing.Count;
        var missing = string.Join(", ", Missing.Take(8)) + (Missing.Count > 8 ? ", ..." : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"only {Present.Count} of the model's {total} columns ({Share * 100:0}%) are in the data; the others ({missing}) are imputed for every customer as in training, so the assignments rest on few features.");
    }
}
