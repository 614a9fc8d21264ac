namespace Personas.Samples;

/// <summary>
/// A generated sample: the customers (with their planted persona), the touchpoint events, and the planted facts
/// (personas, bottleneck, waiting stage, and for quarter 1 what changed) so that tests can check an analysis against them.
/// </summary>
public sealed class SampleData
{
    internal SampleData(
        SampleOptions options,
        IReadOnlyList<SampleCustomer> customers,
        IReadOnlyList<SampleEvent> events,
        IReadOnlyList<PlantedPersona> personas,
        PlantedBottleneck bottleneck,
        PlantedWait waitingStage,
        SampleQuarterChange? change)
    {
        Options = options;
        Customers = customers;
        Events = events;
        Personas = personas;
        Bottleneck = bottleneck;
        WaitingStage = waitingStage;
        Change = change;
    }

    /// <summary>Gets the options the sample was generated with.</summary>
    public SampleOptions Options { get; }

    /// <summary>Gets the customers in file order (ascending id); each carries its planted persona.</summary>
    public IReadOnlyList<SampleCustomer> Customers { get; }

    /// <summary>Gets the touchpoint events in file order (by customer id, then time).</summary>
    public IReadOnlyList<SampleEvent> Events { get; }

    /// <summary>Gets the planted personas of this quarter, largest planned share first.</summary>
    public IReadOnlyList<PlantedPersona> Personas { get; }

    /// <summary>Gets the planted personas' names in the order of <see cref="Personas"/>.</summary>
    public IReadOnlyList<string> PersonaNames => Personas.Select(p => p.Name).ToList();

    /// <summary>Gets the planted bottleneck (a persona that drops off at one touchpoint).</summary>
    public PlantedBottleneck Bottleneck { get; }

    /// <summary>Gets the planted waiting stage (a persona that waits long between purchase and delivery).</summary>
    public PlantedWait WaitingStage { get; }

    /// <summary>Gets what changed compared with quarter 0, or null for quarter 0.</summary>
    public SampleQuarterChange? Change { get; }

    /// <summary>Returns the text of <c>customers.csv</c> (UTF-8 without BOM when written, LF line endings).</summary>
    /// <returns>The CSV text with a header row.</returns>
    public string ToCustomersCsv() => SampleCsv.Customers(Customers);

    /// <summary>Returns the text of <c>touchpoints.csv</c>.</summary>
    /// <returns>The CSV text with a header row.</returns>
    public string ToTouchpointsCsv() => SampleCsv.Touchpoints(Events);

    /// <summary>Returns the text of <c>customers.truth.csv</c> (<c>customer_id,persona</c>).</summary>
    /// <returns>The CSV text with a header row.</returns>
    public string ToTruthCsv() => SampleCsv.Truth(Customers);
}
