using System.Globalization;
using System.Text;

namespace Personas.Samples;

/// <summary>
/// Generates the deterministic sample data of a fictional Nordic omnichannel retailer: customers with planted personas,
/// their touchpoint journeys, and the truth file. The committed <c>data-samples/</c> files are
/// <c>Generate(new SampleOptions())</c> (5000 customers, seed 2025, quarter 0).
/// </summary>
/// <example>
/// <code>
/// SampleGenerator.WriteTo("data-samples");                                   // the committed files
/// var next = SampleGenerator.Generate(new SampleOptions { Quarter = 1 });    // the next quarter, in memory
/// </code>
/// </example>
public static class SampleGenerator
{
    /// <summary>The file name of the customer table.</summary>
    public const string CustomersFile = "customers.csv";

    /// <summary>The file name of the touchpoint events.</summary>
    public const string TouchpointsFile = "touchpoints.csv";

    /// <summary>The file name of the planted personas (for tests only).</summary>
    public const string TruthFile = "customers.truth.csv";

    /// <summary>The file name of the sample's data dictionary (labels, units, level labels in English and Finnish): <c>personas build --labels</c>.</summary>
    public const string DictionaryFile = SampleDictionary.FileName;

    private const int WindowDays = 364;
    private const long CustomerStream = 3;
    private const long JourneyStream = 4;

    /// <summary>Generates a sample in memory.</summary>
    /// <param name="options">The options; null means the defaults (the committed files).</param>
    /// <returns>The customers, events and planted facts.</returns>
    /// <exception cref="OptionValueException">Customers is below 100 or above 1,000,000, or Quarter is outside 0..1000.</exception>
    public static SampleData Generate(SampleOptions? options = null)
    {
        options ??= new SampleOptions();
        options.Validate();

        var (members, change) = Membership.For(options.Customers, options.Seed, options.Quarter);
        var windowStart = new DateTime(2025, 1, 1, 6, 0, 0, DateTimeKind.Utc).AddMonths(3 * options.Quarter);
        var customers = new List<SampleCustomer>(members.Count);
        var events = new List<SampleEvent>(members.Count * 10);
        foreach (var (number, spec) in members)
        {
            var customer = CustomerSynthesizer.Draw(spec, IdOf(number), new SampleRandom(options.Seed, options.Quarter, number, CustomerStream));
            customers.Add(customer);
            events.AddRange(JourneySynthesizer.Draw(spec, customer, windowStart, WindowDays, new SampleRandom(options.Seed, options.Quarter, number, JourneyStream)));
        }

        var specs = PersonaCatalog.ForQuarter(options.Quarter);
        var personas = specs.OrderByDescending(s => s.Share).Select(s => new PlantedPersona { Name = s.Name, Share = s.Share, DefiningTraits = s.Traits }).ToList();
        return new SampleData(options, customers, events, personas, Bottleneck(), Wait(), change);
    }

    /// <summary>
    /// Generates a sample and writes <c>customers.csv</c>, <c>touchpoints.csv</c>, <c>customers.truth.csv</c> and the data dictionary <c>dictionary.csv</c> into
    /// <paramref name="directory"/> (created if needed): UTF-8 without BOM, LF line endings, byte-identical for the same options.
    /// </summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="options">The options; null means the defaults (the committed files).</param>
    /// <exception cref="ArgumentException">The directory is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range (see <see cref="Generate"/>).</exception>
    public static void WriteTo(string directory, SampleOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var data = Generate(options);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(directory, CustomersFile), data.ToCustomersCsv(), utf8);
        File.WriteAllText(Path.Combine(directory, TouchpointsFile), data.ToTouchpointsCsv(), utf8);
        File.WriteAllText(Path.Combine(directory, TruthFile), data.ToTruthCsv(), utf8);
        File.WriteAllText(Path.Combine(directory, SampleDictionary.FileName), SampleDictionary.Csv, utf8);
    }

    internal static string IdOf(int number) => "C" + number.ToString("D5", CultureInfo.InvariantCulture);

    private static PlantedBottleneck Bottleneck() => new()
    {
        Persona = PersonaCatalog.PremiumResearchers,
        Touchpoint = PersonaCatalog.BottleneckTouchpoint,
        DropProbability = PersonaCatalog.BottleneckDrop,
    };

    private static PlantedWait Wait() => new()
    {
        Persona = PersonaCatalog.BusyFamilies,
        FromStage = JourneySynthesizer.PurchaseDecision,
        ToStage = JourneySynthesizer.PostPurchase,
        TypicalWait = TimeSpan.FromHours(PersonaCatalog.FamilyDeliveryHours),
        OthersTypicalWait = TimeSpan.FromHours(PersonaCatalog.DeliveryHours),
    };
}
