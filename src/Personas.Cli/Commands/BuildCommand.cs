using System.Globalization;
using Personas.Data;
using Personas.Features;
using Personas.Journeys;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Segmentation;

namespace Personas.Cli.Commands;

/// <summary><c>personas build</c>: customer records (or transactions) to personas, cards, report and model.</summary>
internal static class BuildCommand
{
    public const string Usage = "personas build (--customers FILE [--id COL] | --transactions FILE --customer-column C --date-column C (--amount-column C | --quantity-column C --price-column C)) [--columns C1,C2,.. | --exclude C1,..] [--k N|auto] [--k-min 2] [--k-max 10] [--scaling zscore|robust|none] [--seed N] [--events FILE] --out DIR";

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags("decimal-comma", "collapse-repeats", "fail-on-bad-rows", "drop-returns"), Run);

    private const string Help = """
        personas build: build personas from customer records, with cards, a report and a saved model.

        Input (one of):
          --customers FILE          customer records, one row per customer (CSV/TSV/.gz; delimiter detected)
          --id COL                  the id column (default: detected, e.g. customer_id)
          --transactions FILE       order lines, aggregated per customer to RFM features, with
            --customer-column C --date-column C and --amount-column C or --quantity-column C --price-column C
            [--invoice-column C]    (default: detected, e.g. InvoiceNo; invoices starting with C are cancellations)
            [--category-column C] [--channel-column C]   adds the share per category / channel
            [--drop-returns]        drop rows with non-positive quantities before aggregating

        Options:
          --columns C1,C2           use only these columns as features
          --exclude C1,C2           do not use these columns
          --k N|auto                number of personas (default auto: best silhouette among stable k)
          --k-min N --k-max N       range for auto (default 2..10)
          --scaling zscore|robust|none   numeric scaling (default zscore)
          --engine native|mlnet     k-means engine (default native)
          --seed N                  random seed (default 42): same data + options + seed = same output
          --threads N               worker threads (default: all cores); the output does not depend on it
          --overrides FILE          your names and taglines by persona id, JSON {"P1": {"name": "...", "tagline": "..."}};
                                    stored in the model so that a refresh keeps them
          --vocabulary FILE         words for generated names (JSON, see schemas/vocabulary.schema.json)
          --delimiter C             override delimiter detection (',', ';', 'tab', '|')
          --decimal-comma           numbers like 1 234,50
          --events FILE             touchpoint events: adds each persona's journey to personas.json and the cards,
                                    and writes journeys.json; event columns default to customer_id, timestamp,
                                    touchpoint, stage, event_type, value; override with --events-customer-column C,
                                    --events-touchpoint-column C, --events-timestamp-column C (and --events-stage-column,
                                    --events-event-type-column, --events-value-column, --events-sequence-column);
                                    journey options as in 'personas journeys --help' (--split, --stages, ...)
          --out DIR                 output folder (required)
          --verbose                 log every decision (column roles, feature decisions, each k's scores) to stderr

        Writes personas.json, model.persona.json, assignments.csv, exclusions.csv, cards.md, report.html.
        Exit codes: 0 ok, 1 bad input data, 2 usage error.

        """;

    private static int Run(CliArgs args, CliContext ctx)
    {
        var outDir = args.Require("out");
        var customers = args.Get("customers");
        var transactions = args.Get("transactions");
        if ((customers is null) == (transactions is null))
        {
            throw new UsageException("build needs exactly one of --customers FILE or --transactions FILE");
        }

        var options = ParseBuildOptions(args);
        if (ctx.Verbose)
        {
            options = options with { Logger = new StderrLogger(ctx.Error, Microsoft.Extensions.Logging.LogLevel.Debug) };
        }

        var read = customers is not null ? CustomerReadOptionsFrom(args) : null;
        var tx = transactions is not null ? TransactionOptionsFrom(args) : null;
        var eventsFile = args.Get("events");
        var eventOptions = JourneysCommand.ReadOptions(args, "events-");
        var journeyOptions = JourneysCommand.JourneyOptionsFrom(args);
        var runOptions = args.AllValues();
        args.EnsureAllUsed();

        var inputFile = customers ?? transactions!;
        var table = tx is null
            ? CustomerReader.ReadFile(inputFile, read, ctx.Progress, ctx.CancellationToken)
            : TransactionReader.ReadFile(inputFile, tx, ctx.Progress, ctx.CancellationToken);
        var result = PersonaBuilder.Build(table, options, ctx.Progress, ctx.CancellationToken);

        var inputs = new List<InputFileInfo> { InputFileInfo.Of(inputFile) };
        JourneyMap? journeys = null;
        if (eventsFile is not null)
        {
            journeys = AnalyzeJourneys(result, eventsFile, eventOptions, journeyOptions, ctx);
            inputs.Add(InputFileInfo.Of(eventsFile));
        }

        var run = new BuildRunInfo { Inputs = inputs, Options = runOptions, CreatedAt = ctx.Clock.GetUtcNow() };
        using var output = new OutputFolder(outDir);
        BuildOutputs.Write(output, result, run, journeys, ctx);
        output.Commit();
        Summary(ctx, result, output.Directory);
        return CliApp.Ok;
    }

    /// <summary>Reads events and analyses journeys per persona of a build.</summary>
    internal static JourneyMap AnalyzeJourneys(PersonaBuildResult result, string eventsFile, EventReadOptions eventOptions, JourneyOptions journeyOptions, CliContext ctx)
    {
        var log = EventLogReader.ReadFile(eventsFile, eventOptions, ctx.Progress, ctx.CancellationToken);
        var personaByCustomer = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Table.RowCount; i++)
        {
            personaByCustomer[result.Table.Ids[i]] = result.PersonaIdOf(i);
        }

        return JourneyAnalyzer.Analyze(log, journeyOptions, personaByCustomer, ctx.Progress, ctx.CancellationToken);
    }

    internal static PersonaBuildOptions ParseBuildOptions(CliArgs args)
    {
        var seg = new SegmentationOptions();
        var k = args.Get("k");
        if (k is not null && k != "auto")
        {
            if (!int.TryParse(k, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kk) || kk < 1 || kk > 100)
            {
                throw new UsageException($"option --k: expected a whole number from 1 to 100 or 'auto', found '{k}'");
            }

            seg = seg with { K = kk };
        }

        seg = seg with
        {
            KMin = args.GetInt("k-min", 2, 100) ?? seg.KMin,
            KMax = args.GetInt("k-max", 2, 100) ?? seg.KMax,
            Seed = args.GetInt("seed") ?? seg.Seed,
            MaxDegreeOfParallelism = args.GetInt("threads", 1, 1024),
        };
        if (seg.KMin > seg.KMax)
        {
            throw new UsageException($"--k-min {seg.KMin} is larger than --k-max {seg.KMax}");
        }

        seg = args.Get("engine") switch
        {
            null => seg,
            "native" => seg with { Engine = KMeansEngine.Native },
            "mlnet" => seg with { Engine = KMeansEngine.MlNet },
            var e => throw new UsageException($"option --engine: expected native or mlnet, found '{e}'"),
        };
        var features = args.Get("scaling") switch
        {
            null or "zscore" => new FeatureOptions(),
            "robust" => new FeatureOptions { Scaling = ScalingMethod.Robust },
            "none" => new FeatureOptions { Scaling = ScalingMethod.None },
            var s => throw new UsageException($"option --scaling: expected zscore, robust or none, found '{s}'"),
        };
        var profiling = new ProfilingOptions();
        if (args.Get("overrides") is { } overrides)
        {
            profiling = profiling with { Overrides = PersonaOverrides.Load(overrides) };
        }

        if (args.Get("vocabulary") is { } vocabulary)
        {
            profiling = profiling with { Vocabulary = NameVocabulary.Load(vocabulary) };
        }

        return new PersonaBuildOptions { Segmentation = seg, Features = features, Profiling = profiling };
    }

    internal static CustomerReadOptions CustomerReadOptionsFrom(CliArgs args)
    {
        var columns = args.GetList("columns");
        var exclude = args.GetList("exclude");
        if (columns is not null && exclude is not null)
        {
            throw new UsageException("give either --columns or --exclude, not both");
        }

        return new CustomerReadOptions
        {
            IdColumn = args.Get("id"),
            Columns = columns,
            Exclude = exclude,
            Delimiter = ParseDelimiter(args.Get("delimiter")),
            DecimalComma = args.Has("decimal-comma"),
        };
    }

    internal static TransactionOptions TransactionOptionsFrom(CliArgs args)
    {
        var amount = args.Get("amount-column");
        var quantity = args.Get("quantity-column");
        var price = args.Get("price-column");
        if (amount is null && (quantity is null || price is null))
        {
            throw new UsageException("--transactions needs --amount-column C, or both --quantity-column C and --price-column C");
        }

        if (amount is not null && (quantity is not null || price is not null))
        {
            throw new UsageException("give either --amount-column or --quantity-column with --price-column, not both");
        }

        if (args.Get("id") is not null || args.GetList("columns") is not null || args.GetList("exclude") is not null)
        {
            throw new UsageException("--id, --columns and --exclude apply to --customers; with --transactions the customer features are derived (RFM)");
        }

        return new TransactionOptions
        {
            CustomerColumn = args.Require("customer-column"),
            DateColumn = args.Require("date-column"),
            AmountColumn = amount,
            QuantityColumn = quantity,
            PriceColumn = price,
            InvoiceColumn = args.Get("invoice-column"),
            CategoryColumn = args.Get("category-column"),
            ChannelColumn = args.Get("channel-column"),
            DropNonPositiveQuantities = args.Has("drop-returns"),
            Delimiter = ParseDelimiter(args.Get("delimiter")),
            DecimalComma = args.Has("decimal-comma"),
        };
    }

    internal static char? ParseDelimiter(string? value) => value switch
    {
        null => null,
        "tab" or "\\t" => '\t',
        "comma" => ',',
        "semicolon" => ';',
        "pipe" => '|',
        { Length: 1 } => value[0],
        _ => throw new UsageException($"option --delimiter: expected one character or tab/comma/semicolon/pipe, found '{value}'"),
    };

    private static void Summary(CliContext ctx, PersonaBuildResult result, string outDir)
    {
        var t = result.Table;
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Source}: {t.RowsRead} rows read, {t.Exclusions.Count} excluded, {t.RowCount} customers used"));
        ctx.Out.WriteLine($"k = {result.Segmentation.K}: {result.Segmentation.KSelection.Reason}");
        foreach (var p in result.Personas.Personas)
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Id} {p.Name} ({p.Size} customers, {p.Share * 100:0.0}%)"));
        }

        foreach (var w in result.Segmentation.Quality.Warnings)
        {
            ctx.Out.WriteLine("warning: " + w);
        }

        ctx.Out.WriteLine($"wrote {outDir}");
    }
}
