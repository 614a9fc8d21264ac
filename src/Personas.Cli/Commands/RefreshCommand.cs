using System.Globalization;
using Personas.Data;
using Personas.Journeys;
using Personas.Model;
using Personas.Reporting;

namespace Personas.Cli.Commands;

/// <summary><c>personas refresh</c>: rebuilds personas on a new quarter's data, keeping ids and names, and reports drift.</summary>
internal static class RefreshCommand
{
    public const string Usage = "personas refresh --previous MODEL --customers FILE [--events FILE] [--seed N] --out DIR";

    private const string Help = """
        personas refresh: rebuild personas for a new quarter. Personas that still exist keep their id, name and
        overrides (matched by centroid distance, Hungarian algorithm); new ones get new ids; the rest are retired.

          --previous MODEL          last quarter's model.persona.json
          --customers FILE          this quarter's customer records
          --previous-assignments F  last quarter's assignments.csv (default: assignments.csv next to MODEL, if present)
                                    to follow customers present in both quarters; without it the previous model
                                    assigns this quarter's customers
          --refit-plan              learn a new feature plan instead of reusing last quarter's
          --k N|auto --k-min N --k-max N --seed N   as for build
          --events FILE             touchpoint events, as for build
          --out DIR                 writes the build outputs plus drift.json and drift.md

        """;

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags("refit-plan", "decimal-comma", "collapse-repeats", "fail-on-bad-rows"), Run);

    private static int Run(CliArgs args, CliContext ctx)
    {
        var previousFile = args.Require("previous");
        var customers = args.Require("customers");
        var outDir = args.Require("out");
        var build = BuildCommand.ParseBuildOptions(args);
        var read = BuildCommand.CustomerReadOptionsFrom(args);
        var previousAssignmentsFile = args.Get("previous-assignments");
        var refit = args.Has("refit-plan");
        var eventsFile = args.Get("events");
        var eventOptions = JourneysCommand.ReadOptions(args, "events-");
        var journeyOptions = JourneysCommand.JourneyOptionsFrom(args);
        var runOptions = args.AllValues();
        args.EnsureAllUsed();

        var previous = PersonaModel.Load(previousFile);
        previousAssignmentsFile ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(previousFile))!, "assignments.csv") is var guess && File.Exists(guess) ? guess : null;
        var previousAssignments = previousAssignmentsFile is null ? null : PreviousAssignments.ReadCsv(previousAssignmentsFile);
        var table = CustomerReader.ReadFile(customers, read, ctx.Progress, ctx.CancellationToken);
        CustomerReader.EnsureEnoughRows(table, build.Segmentation.K ?? build.Segmentation.KMin);
        var now = ctx.Clock.GetUtcNow();
        var refresh = PersonaRefresher.Refresh(previous, table, new RefreshOptions
        {
            RefitPlan = refit,
            Features = refit ? build.Features : null,
            Segmentation = build.Segmentation,
            Profiling = build.Profiling,
            PreviousAssignments = previousAssignments,
            Clock = new FixedTimeProvider(now),
        }, ctx.Progress, ctx.CancellationToken);

        var result = new PersonaBuildResult(table, refresh.Model.Plan, refresh.Features, refresh.Segmentation, refresh.Personas, build);
        var inputs = new List<InputFileInfo> { InputFileInfo.Of(customers), InputFileInfo.Of(previousFile) };
        JourneyMap? journeys = null;
        if (eventsFile is not null)
        {
            journeys = BuildCommand.AnalyzeJourneys(result, eventsFile, eventOptions, journeyOptions, ctx);
            inputs.Add(InputFileInfo.Of(eventsFile));
        }

        var run = new BuildRunInfo { Inputs = inputs, Options = runOptions, CreatedAt = now };
        using var output = new OutputFolder(outDir);
        BuildOutputs.Write(output, result, run, journeys, ctx, refresh.Model, refresh.Drift);
        output.WriteText("drift.json", DriftWriter.ToJson(refresh.Drift));
        output.WriteText("drift.md", DriftWriter.ToMarkdown(refresh.Drift));
        output.Commit();

        var d = refresh.Drift;
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Source}: {table.RowsRead} rows read, {table.Exclusions.Count} excluded, {table.RowCount} customers used; k = {result.Segmentation.K}"));
        foreach (var p in result.Personas.Personas)
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Id} {p.Name} ({p.Size} customers, {p.Share * 100:0.0}%)"));
        }

        ctx.Out.WriteLine($"born: {List(d.Born)}; retired: {List(d.Retired)}");
        ctx.Out.WriteLine($"wrote {output.Directory}");
        return CliApp.Ok;
    }

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}
