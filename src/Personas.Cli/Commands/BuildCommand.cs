using System.CommandLine;
using System.Globalization;
using Personas.Charts;
using Personas.Cli.Options;
using Personas.Data;
using Personas.Journeys;
using Personas.Reporting;

namespace Personas.Cli.Commands;

/// <summary><c>personas build</c>: customer records (or transactions) to personas, cards, report and model.</summary>
internal sealed class BuildCommand
{
    private readonly Option<string?> _customers = CliOptions.Text("--customers", "customer records, one row per customer (CSV/TSV/.gz with the delimiter detected, or Parquet: a .parquet file, a folder or a glob); give this, --transactions or --sql", "FILE", "none");
    private readonly Option<string?> _transactions = CliOptions.Text("--transactions", "order lines (CSV or Parquet), aggregated per customer to RFM features (recency, frequency, monetary, tenure, ...); needs --customer-column, --date-column and --amount-column or --quantity-column with --price-column", "FILE", "none");
    private readonly Option<string?> _sql = CliOptions.Text("--sql", "customer records from a SQL query run in embedded DuckDB, e.g. \"SELECT * FROM read_parquet('data/*.parquet') WHERE country = 'FI'\"; the query is recorded in personas.json and the model", "QUERY", "none");
    private readonly Option<string?> _duckdb = CliOptions.Text("--duckdb", "with --sql: a DuckDB database file whose tables the query reads (opened read-only)", "FILE.duckdb", "an in-memory database");
    private readonly Option<int?> _sample = CliOptions.OptionalInt("--sample", "with --customers: train on N rows drawn by a seeded hash of their position (--seed; the same whatever --threads), then assign every row in a streaming pass into assignments.csv; memory is bounded by the sample; personas.json states the sample and the sizes over all rows", "N", "every row").Bind("TrainingSampleOptions.Size");
    private readonly Option<string?> _sampleBy = CliOptions.Text("--sample-by", "with --sample: a column whose values keep their proportions in the sample (stratified)", "C", "none: a uniform sample").Bind("TrainingSampleOptions.By");
    private readonly CustomerInputOptions _input = new();
    private readonly TransactionCliOptions _tx = new();
    private readonly SegmentationCliOptions _segmentation = new();
    private readonly ColumnCliOptions _columns = new();
    private readonly Option<string?> _events = CliOptions.Text("--events", "touchpoint events: adds each persona's journey to personas.json, the cards and the report, and writes journeys.json", "FILE", "none");
    private readonly EventInputOptions _eventColumns = new("events-");
    private readonly JourneyCliOptions _journeys = new();
    private readonly Option<string> _out = CliOptions.Required("--out", "the output folder; it is replaced as a whole and holds exactly this run's files", "DIR");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("build", "Build personas from customer records (or transactions): personas.json, model.persona.json, assignments.csv, exclusions.csv, cards.md, report.html (and journeys.json with --events).");
        foreach (var o in new Option[] { _customers, _transactions, _sql, _duckdb, _sample, _sampleBy }.Concat(_input.All()).Concat(_tx.All).Concat(_segmentation.All).Concat(_columns.All).Append(_events).Concat(_eventColumns.All).Concat(_journeys.All).Append(_out))
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        var customers = r.GetValue(_customers);
        var transactions = r.GetValue(_transactions);
        var sql = r.GetValue(_sql);
        if ((customers is null ? 0 : 1) + (transactions is null ? 0 : 1) + (sql is null ? 0 : 1) != 1)
        {
            throw new UsageException("build needs exactly one of --customers FILE, --transactions FILE or --sql QUERY");
        }

        if (sql is null)
        {
            CommandChecks.Forbid(r, "--sql", new Option[] { _duckdb }.Where(o => r.Given(o)));
        }

        var sampleSize = r.GetValue(_sample);
        if (sampleSize is null)
        {
            CommandChecks.Forbid(r, "--sample", new Option[] { _sampleBy }.Where(o => r.Given(o)));
        }
        else if (customers is null)
        {
            throw new UsageException("--sample applies to --customers (CSV or Parquet); with --sql draw the sample in the query (docs/scale.md), with --transactions build from all customers");
        }

        var events = r.GetValue(_events);
        if (events is null)
        {
            CommandChecks.Forbid(r, "--events", _eventColumns.Given(r).Concat(_journeys.Given(r)));
        }

        if (transactions is null)
        {
            CommandChecks.Forbid(r, "--transactions", _tx.Given(r));
        }
        else
        {
            CommandChecks.Forbid(r, "--customers", _columns.Reading.Where(r.Given));
        }

        var inputPath = customers ?? transactions;
        if (sql is not null || (inputPath is not null && Personas.DuckDB.DuckDbSource.IsParquet(inputPath)))
        {
            DataSources.ForbidTextOptions(r, sql is not null ? "a SQL query" : "Parquet input", _input.Delimiter, _input.DecimalComma);
        }

        var seg = _segmentation.Segmentation(r);
        var options = new PersonaBuildOptions
        {
            Segmentation = seg,
            Features = _columns.Features(r, _segmentation.Features(r)),
            Profiling = _columns.Profiling(r, _segmentation.Profiling(r)),
            Logger = ctx.Logger,
        };
        var read = transactions is null ? _columns.Read(r, _input.Read(r)) : null;
        var tx = transactions is not null ? _tx.Read(r, _input) : null;
        var eventOptions = events is null ? null : _eventColumns.Read(r, r.GetValue(_input.FailOnBadRows), delimiter: null);
        var journeyOptions = events is null ? null : _journeys.Read(r);
        var inputFile = inputPath is null ? null : DataSources.Require(inputPath, customers is not null ? "--customers" : "--transactions");
        var database = r.GetValue(_duckdb) is { } db ? InputFiles.Require(db, "--duckdb") : null;
        if (events is not null)
        {
            DataSources.Require(events, "--events");
        }

        using var output = OutputFolder.Open(r.GetValue(_out)!, "build");
        var sample = sampleSize is { } n ? new TrainingSampleOptions { Size = n, By = r.GetValue(_sampleBy), Seed = seg.Seed } : null;
        sample?.Validate();
        var result = sample is not null
            ? DataSources.BuildFromSample(inputFile!, sample, read!, options, ctx)
            : PersonaBuilder.Build(
                sql is not null
                    ? Personas.DuckDB.DuckDbReader.ReadCustomers(Personas.DuckDB.DuckDbSource.FromQuery(sql, database), read, ctx.Progress, ctx.CancellationToken)
                    : read is not null
                        ? DataSources.ReadCustomers(inputFile!, read, ctx)
                        : DataSources.ReadTransactions(inputFile!, tx!, ctx, _tx.InDuckDb(r)),
                options,
                ctx.Progress,
                ctx.CancellationToken);
        var journeys = events is null ? null : AnalyzeJourneys(result, events, eventOptions!, journeyOptions!, ctx);
        result.SaveTo(output, new BuildOutputOptions
        {
            Journeys = journeys,
            InputFiles = [.. inputFile is null ? [] : DataSources.Files(inputFile), .. database is null ? [] : new[] { database }, .. events is null ? [] : DataSources.Files(events)],
            InputQueries = sql is null ? [] : [sql],
            RunOptions = CommandChecks.RunOptions(r),
            Clock = ctx.Clock,
            Charts = PlotlyReportCharts.Instance,
            Progress = ctx.Progress,
        }, ctx.CancellationToken);
        Summary(ctx, result, output.FullPath);
        return ExitCodes.Ok;
    }

    /// <summary>Reads events and analyses journeys per persona of a build.</summary>
    internal static JourneyMap AnalyzeJourneys(PersonaBuildResult result, string eventsFile, EventReadOptions eventOptions, JourneyOptions journeyOptions, CliContext ctx)
    {
        var log = DataSources.ReadEvents(eventsFile, eventOptions, ctx);
        var personaByCustomer = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Table.RowCount; i++)
        {
            personaByCustomer[result.Table.Ids[i]] = result.PersonaIdOf(i);
        }

        return JourneyAnalyzer.Analyze(log, journeyOptions, personaByCustomer, ctx.Progress, ctx.CancellationToken);
    }

    /// <summary>The summary printed after a build or refresh.</summary>
    internal static void Summary(CliContext ctx, PersonaBuildResult result, string outDir)
    {
        var t = result.Table;
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Source}: {t.RowsRead} rows read, {t.Exclusions.Count} excluded, {t.RowCount} customers used"));
        ctx.Out.WriteLine($"k = {result.Segmentation.K}: {result.Segmentation.KSelection.Reason}");
        foreach (var p in result.Personas.Personas)
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Id} {p.Name} ({p.Size} customers, {p.Share * 100:0.0}%)"));
        }

        if (result.Sample is { AllRows: { } all } sample)
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on a sample of {sample.Size} of {sample.RowsTotal} rows ({sample.Method}); every row assigned: {all.Assigned} in assignments.csv, {all.Excluded} excluded; sizes over all rows: {string.Join(", ", all.PersonaIds.Select((id, p) => $"{id} {all.Sizes[p]}"))}"));
        }

        foreach (var w in result.Segmentation.Quality.Warnings.Concat(result.Warnings).Distinct(StringComparer.Ordinal))
        {
            ctx.Out.WriteLine("warning: " + w);
        }

        foreach (var o in result.Personas.Outcomes)
        {
            ctx.Out.WriteLine($"outcome: {o.Outcome} (not clustered on; a KPI on every card): {o.Reason}");
        }

        foreach (var q in result.DataQuality)
        {
            ctx.Out.WriteLine("data quality: " + q.Description);
        }

        foreach (var note in result.Personas.Notes.Where(n => n.StartsWith("Override for persona", StringComparison.Ordinal)))
        {
            ctx.Error.WriteLine("warning: --overrides: " + note);
        }

        ctx.Out.WriteLine($"wrote {outDir}");
    }
}
