namespace Personas.Reporting;

/// <summary>How a persona set was made, for the "how this was made" footer of the cards.</summary>
public sealed record ReportInfo
{
    /// <summary>The customer data file (name or description).</summary>
    public required string DataFile { get; init; }

    /// <summary>The data rows read.</summary>
    public required long RowsRead { get; init; }

    /// <summary>The rows used.</summary>
    public required int RowsUsed { get; init; }

    /// <summary>The rows excluded (see exclusions.csv).</summary>
    public required int RowsExcluded { get; init; }

    /// <summary>
    /// The customers the used rows were summed into when the rows are transactions (<c>--transactions</c>: 406,829 rows
    /// for 4,372 customers); null when each row is a customer.
    /// </summary>
    public int? CustomersFromRows { get; init; }

    /// <summary>The number of personas.</summary>
    public required int K { get; init; }

    /// <summary>Why this k, in words (for example <c>chosen automatically: best silhouette among stable solutions</c>).</summary>
    public required string KReason { get; init; }

    /// <summary>The random seed.</summary>
    public required int Seed { get; init; }

    /// <summary>The library version (<see cref="PersonasInfo.Version"/>).</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>When the report was made: injected by the caller, never read from the clock by the library.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Warnings about the whole segmentation.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The overall mean silhouette, or null.</summary>
    public double? Silhouette { get; init; }

    /// <summary>The overall stability, or null.</summary>
    public double? Stability { get; init; }

    /// <summary>Plain-language journey findings per persona id (from <c>Personas.Journeys</c>), shown in a "Journey" section of each card.</summary>
    /// <value>The default is empty: no journey section.</value>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PersonaJourneys { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The sample the personas were trained on (<see cref="PersonaBuildResult.Sample"/>), shown under "How this was made" with the persona sizes over all rows.</summary>
    /// <value>The default is null: not shown.</value>
    public SampleInfo? Sample { get; init; }

    /// <summary>How the journeys behind <see cref="PersonaJourneys"/> were counted (<c>JourneyMap.Counting</c>), shown under "How this was made".</summary>
    /// <value>The default is null: not shown.</value>
    public string? JourneyCounting { get; init; }
}
