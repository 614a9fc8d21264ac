namespace Personas.Samples;

/// <summary>Options for <see cref="SampleGenerator"/>: how many customers, which seed, which quarter.</summary>
/// <example>
/// <code>
/// var data = SampleGenerator.Generate(new SampleOptions { Customers = 1000, Seed = 7 });
/// </code>
/// </example>
public sealed partial record SampleOptions
{
    /// <summary>The seed of the committed <c>data-samples/</c> files.</summary>
    public const int DefaultSeed = 2025;

    /// <summary>The number of customers in the base quarter's customer table.</summary>
    public const int DefaultCustomers = 5000;

    /// <summary>Gets how many customers to generate (100 to 1,000,000). In quarter 1 the table has the same number of rows.</summary>
    /// <value>The default is 5000.</value>
    public int Customers { get; init; } = DefaultCustomers;

    /// <summary>Gets the seed of the pseudo-random generator: the same options always give byte-identical files.</summary>
    /// <value>The default is 2025 (<see cref="DefaultSeed"/>), the seed of the committed <c>data-samples/</c> files.</value>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>
    /// Gets the quarter: 0 is the base quarter; 1 is the next quarter, in which persona sizes shift, one persona's traits move,
    /// one persona is removed and one new persona is added (see <see cref="SampleQuarterChange"/>).
    /// </summary>
    /// <value>The default is 0.</value>
    public int Quarter { get; init; }
}
