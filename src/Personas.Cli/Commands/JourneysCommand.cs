using System.CommandLine;
using System.Globalization;
using Personas.Cli.Options;
using Personas.Data;
using Personas.Charts;
using Personas.Journeys;
using Personas.Reporting;

namespace Personas.Cli.Commands;

/// <summary><c>personas journeys</c>: touchpoint events to paths, directly-follows graph, stage funnel and attribution, overall and per persona.</summary>
internal sealed class JourneysCommand
{
    private readonly Option<string> _events = CliOptions.Required("--events", "touchpoint events (CSV/TSV/.gz or Parquet: a .parquet file, a folder or a glob): one row per touchpoint", "FILE");
    private readonly EventInputOptions _columns = new(string.Empty);
    private readonly Option<string?> _assignments = CliOptions.Text("--assignments", "customer_id,persona_id[,persona_name] (assignments.csv of 'personas build'): adds each persona's journeys, named by persona_name", "FILE.csv", "none: journeys of all customers only");
    private readonly JourneyCliOptions _journeys = new();
    private readonly Option<string?> _delimiter = CliOptions.Text("--delimiter", "the field delimiter: one character, or tab, comma, semicolon, pipe", "C", "detected");
    private readonly Option<bool> _failOnBadRows = CliOptions.Flag("--fail-on-bad-rows", "stop at the first bad row (exit 1, naming file, line and column) instead of excluding it");
    private readonly Option<string> _out = CliOptions.Required("--out", "the output folder (journeys.json, journeys.md, journeys.html); replaced as a whole", "DIR");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("journeys", "Each persona's paths, stage funnel, bottlenecks and attribution from touchpoint events. Process-mining exports load directly (--customer-column case:concept:name --touchpoint-column concept:name --timestamp-column time:timestamp).");
        foreach (var o in new Option[] { _events }.Concat(_columns.All).Append(_assignments).Concat(_journeys.All).Append(_delimiter).Append(_failOnBadRows).Append(_out))
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        var readOptions = _columns.Read(r, r.GetValue(_failOnBadRows), CustomerInputOptions.ParseDelimiter(r.GetValue(_delimiter)));
        var journeyOptions = _journeys.Read(r);
        var eventsFile = DataSources.Require(r.GetValue(_events)!, "--events");
        var assignmentsFile = r.GetValue(_assignments) is { } a ? InputFiles.Require(a, "--assignments") : null;
        using var output = OutputFolder.Open(r.GetValue(_out)!, "journeys");
        var log = DataSources.ReadEvents(eventsFile, readOptions, ctx);
        var (personas, names) = assignmentsFile is null ? (null, new Dictionary<string, string>()) : AssignmentsFile.ReadWithNames(assignmentsFile);
        var map = JourneyAnalyzer.Analyze(log, journeyOptions, personas, ctx.Progress, ctx.CancellationToken);
        output.WriteText("journeys.json", JourneyJson.Serialize(map));
        ctx.CancellationToken.ThrowIfCancellationRequested();
        output.WriteText("journeys.md", JourneyReport.ToMarkdown(map, names));
        ctx.CancellationToken.ThrowIfCancellationRequested();
        output.WriteText("journeys.html", ReportCharts.JourneysPage(map, names));
        ctx.CancellationToken.ThrowIfCancellationRequested();
        output.Commit();
        var o = map.Overall;
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(eventsFile)}: {log.EventsRead} events read, {o.Events} used, {log.Exclusions.Count} excluded; {o.Customers} customers, {o.Journeys} journeys ({map.Counting}), {o.Conversions} conversions"));
        foreach (var (id, c) in map.PersonaComparison)
        {
            var name = names.TryGetValue(id, out var n) && n.Length > 0 ? n : id;
            foreach (var s in c.CardSentences(name))
            {
                ctx.Out.WriteLine($"  {name}: {s}");
            }
        }

        if (personas is not null)
        {
            var matched = map.ByPersona.Values.Sum(p => p.Customers);
            CommandChecks.WarnIfFewMatch(ctx, "--assignments " + Path.GetFileName(assignmentsFile), matched, o.Customers, "customers in the events");
        }

        ctx.Out.WriteLine($"wrote {Path.Combine(output.FullPath, "journeys.json")}, journeys.md and journeys.html");
        return ExitCodes.Ok;
    }
}
