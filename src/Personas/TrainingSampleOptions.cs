using System.Globalization;

namespace Personas;

/// <summary>
/// Training on a sample of a large input and assigning every row (<c>personas build --sample N [--sample-by COLUMN]</c>):
/// N rows are drawn in one streaming pass, the personas are learned and profiled on them, then every input row is
/// assigned in a second streaming pass that writes <c>assignments.csv</c> and sums the persona sizes and column means over
/// all rows. Memory is bounded by the sample, not the input.
/// </summary>
/// <remarks>
/// The draw is deterministic for the seed and independent of the thread count: the rows kept are the N with the smallest
/// seeded 64-bit hash (SplitMix64) of their position in the input, which is a uniform sample without replacement.
/// Stratified by <see cref="By"/>, each value of that column gets its share of N (largest remainder), filled the same
/// way within the value.
/// </remarks>
/// <example>
/// <code>
/// var result = PersonaBuilder.BuildFromSample("customers.csv", new TrainingSampleOptions { Size = 1_000_000, By = "country" });
/// result.Save("out"); // assignments.csv holds every row; personas.json states the sample
/// </code>
/// </example>
public sealed record TrainingSampleOptions
{
    /// <summary>The number of rows to train on (at least 1). When the input has no more rows, every row is used and the build equals a normal build.</summary>
    public required long Size { get; init; }

    /// <summary>A column whose values keep their proportions in the sample (stratified sampling).</summary>
    /// <value>The default is null: a uniform sample.</value>
    public string? By { get; init; }

    /// <summary>The seed of the draw.</summary>
    /// <value>The default is 42 (the command line passes <c>--seed</c>).</value>
    public int Seed { get; init; } = 42;

    /// <summary>Checks the values.</summary>
    /// <exception cref="OptionValueException">The size is below 1, or the column name is empty.</exception>
    public void Validate()
    {
        if (Size < 1)
        {
            throw new OptionValueException("TrainingSampleOptions.Size", Size, "a whole number of rows of at least 1");
        }

        if (By is { } by && string.IsNullOrWhiteSpace(by))
        {
            throw new OptionValueException("TrainingSampleOptions.By", by, "a column name");
        }
    }

    /// <summary>The method in words, for outputs.</summary>
    internal string Method => By is null
        ? string.Create(CultureInfo.InvariantCulture, $"uniform, seed {Seed}")
        : string.Create(CultureInfo.InvariantCulture, $"stratified by '{By}', seed {Seed}");
}
