using System.CommandLine;
using System.Globalization;
using Personas.Charts;
using Personas.Cli.Options;
using Personas.Data;
using Personas.Model;
using Personas.Reporting;

namespace Personas.Cli.Commands;

/// <summary><c>personas refresh</c>: rebuilds personas on a new quarter's data, keeping ids and names, and reports drift.</summary>
internal sealed class RefreshCommand
{
    private readonly Option<string> _previous = CliOptions.Required("--previous", "last quarter's model.persona.json", "MODEL");
    private readonly Option<string> _customers = CliOptions.Required("--customers", "this quarter's customer records", "FILE");
    private readonly Option<string?> _previousAssignments = CliOptions.Text("--previous-assignments", "last quarter's assignments.csv, to follow customers present in both quarters; without it the previous model assigns this quarter's customers", "FILE", "assignments.csv next to MODEL, if present");
    private readonly Option<string?> _previousPeriod = CliOptions.Text("--previous-period", "the name of last quarter in drift.md, drift.json and the migration chart (for example \"2025 Q1\")", "NAME", RefreshOptions.DefaultPreviousPeriod);
    private readonly Option<string?> _period = CliOptions.Text("--period", "the name of this quarter in drift.md, drift.json and the migration chart (for example \"2025 Q2\")", "NAME", RefreshOptions.DefaultCurrentPeriod);
    private readonly Option<bool> _refitPlan = CliOptions.Flag("--refit-plan", "learn a new feature plan (imputation, scaling, levels) instead of reusing last quarter's; needed for --scaling, --outcome, --feature, --describe-only, --weight, --categorical and --numeric");
    private readonly CustomerInputOptions _input = new();
    private readonly SegmentationCliOptions _segmentation = new();
    private readonly ColumnCliOptions _columns = new();
    private readonly Option<double> _minFeatureShare = AssignCommand.CoverageOption();
    private readonly Option<string?> _events = CliOptions.Text("--events", "touchpoint events, as for build", "FILE", "none");
    private readonly EventInputOptions _eventColumns = new("events-");
    private readonly JourneyCliOptions _journeys = new();
    private readonly Option<string> _out = CliOptions.Required("--out", "the output folder: the build outputs plus drift.json and drift.md; replaced as a whole", "DIR");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("refresh", "Rebuild personas for a new quarter: personas that still exist keep their id, name and overrides (Hungarian matching of centroids), new ones get new ids, the rest are retired; writes the build outputs plus drift.json and drift.md.");
        foreach (var o in new Option[] { _previous, _customers, _previousAssignments, _previousPeriod, _period, _refitPlan }.Concat(_input.All(withColumns: false)).Concat(_segmentation.All).Concat(_columns.All).Append(_minFeatureShare).Append(_events).Concat(_eventColumns.All).Concat(_journeys.All).Append(_out))
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        var refit = r.GetValue(_refitPlan);
        if (!refit && new Option[] { _segmentation.Scaling, _columns.Outcome, _columns.Feature, _columns.DescribeOnly, _columns.Weight, _columns.Categorical, _columns.Numeric }.FirstOrDefault(r.Given) is { } planOption)
        {
            throw new UsageException($"{planOption.Name} changes the feature plan, which refresh reuses from the previous model; add --refit-plan to learn a new plan");
        }

        var events = r.GetValue(_events);
        if (events is null)
        {
            CommandChecks.Forbid(r, "--events", _eventColumns.Given(r).Concat(_journeys.Given(r)));
        }

        var seg = _segmentation.Segmentation(r);
        var features = _columns.Features(r, _segmentation.Features(r));
        var profiling = _columns.Profiling(r, _segmentation.Profiling(r));
        var read = _columns.Read(r, _input.Read(r));
        var eventOptions = events is null ? null : _eventColumns.Read(r, r.GetValue(_input.FailOnBadRows), delimiter: null);
        var journeyOptions = events is null ? null : _journeys.Read(r);
        var previousFile = InputFiles.Require(r.GetValue(_previous)!, "--previous");
        var customers = DataSources.Require(r.GetValue(_customers)!, "--customers");
        if (Personas.DuckDB.DuckDbSource.IsParquet(customers))
        {
            DataSources.ForbidTextOptions(r, "Parquet input", _input.Delimiter, _input.DecimalComma);
        }

        var previousAssignmentsFile = r.GetValue(_previousAssignments) is { } pa ? InputFiles.Require(pa, "--previous-assignments") : null;
        if (events is not null)
        {
            DataSources.Require(events, "--events");
        }

        using var output = OutputFolder.Open(r.GetValue(_out)!, "refresh");
        var previous = PersonaModel.Load(previousFile);
        previousAssignmentsFile ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(previousFile))!, "assignments.csv") is var guess && File.Exists(guess) ? guess : null;
        var previousAssignments = previousAssignmentsFile is null ? null : PreviousAssignments.ReadCsv(previousAssignmentsFile);
        var table = DataSources.ReadCustomers(customers, read, ctx);
        CustomerReader.EnsureEnoughRows(table, seg.K ?? seg.KMin);
        var now = ctx.Clock.GetUtcNow();
        var refresh = PersonaRefresher.Refresh(previous, table, new RefreshOptions
        {
            RefitPlan = refit,
            Features = refit ? features : null,
            Segmentation = seg,
            Profiling = profiling,
            PreviousAssignments = previousAssignments,
            PreviousPeriod = Period(r.GetValue(_previousPeriod), "--previous-period") ?? RefreshOptions.DefaultPreviousPeriod,
            CurrentPeriod = Period(r.GetValue(_period), "--period") ?? RefreshOptions.DefaultCurrentPeriod,
            MinFeatureShare = r.GetValue(_minFeatureShare),
            Clock = new FrozenClock(now),
        }, ctx.Progress, ctx.CancellationToken);
        if (refresh.Coverage.Warning is { } warning)
        {
            ctx.Error.WriteLine("warning: " + warning);
        }

        var build = new PersonaBuildOptions { Segmentation = seg, Features = features, Profiling = profiling };
        var result = new PersonaBuildResult(table, refresh.Model.Plan, refresh.Features, refresh.Segmentation, refresh.Personas, build);
        var journeys = events is null ? null : BuildCommand.AnalyzeJourneys(result, events, eventOptions!, journeyOptions!, ctx);
        result.SaveTo(output, new BuildOutputOptions
        {
            Journeys = journeys,
            Model = refresh.Model,
            Drift = refresh.Drift,
            InputFiles = [.. DataSources.Files(customers), previousFile, .. events is null ? [] : DataSources.Files(events)],
            RunOptions = CommandChecks.RunOptions(r),
            Clock = new FrozenClock(now),
            Charts = PlotlyReportCharts.Instance,
            Writer = "refresh",
            Progress = ctx.Progress,
        }, ctx.CancellationToken);

        var d = refresh.Drift;
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Source}: {table.RowsRead} rows read, {table.Exclusions.Count} excluded, {table.RowCount} customers used; k = {result.Segmentation.K}"));
        foreach (var p in result.Personas.Personas)
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Id} {p.Name} ({p.Size} customers, {p.Share * 100:0.0}%)"));
        }

        ctx.Out.WriteLine($"born: {List(d.Born)}; retired: {List(d.Retired)}");
        if (previousAssignmentsFile is not null)
        {
            CommandChecks.WarnIfFewMatch(ctx, "previous assignments " + Path.GetFileName(previousAssignmentsFile), d.Migration.CustomersInBoth, table.RowCount, "customers of this quarter");
        }

        ctx.Out.WriteLine($"wrote {output.FullPath}");
        return ExitCodes.Ok;
    }

    private static string? Period(string? name, string option) => name is null
        ? null
        : string.IsNullOrWhiteSpace(name) ? throw new UsageException($"option {option}: expected a name such as \"2025 Q2\", found an empty text") : name.Trim();

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
