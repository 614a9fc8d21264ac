using System.CommandLine;
using System.Globalization;
using Personas.Charts;
using Personas.Cli.Options;
using Personas.Data;
using Personas.Journeys;
using Personas.Journeys.Attribution;

namespace Personas.Cli.Commands;

/// <summary><c>personas attribution</c>: attribution from aggregated paths in ChannelAttribution's format.</summary>
internal sealed class AttributionCommand
{
    private static readonly AttributionOptions Defaults = new();
    private readonly Option<string> _paths = CliOptions.Required("--paths", "the aggregated paths (CSV: path \"a > b > c\", total_conversions, optional total_conversion_value and total_null)", "FILE");
    private readonly Option<int> _order = CliOptions.Int("--order", "the Markov order", "K", Defaults.MarkovOrder).Bind("AttributionOptions.MarkovOrder");
    private readonly Option<int> _bootstrap = CliOptions.Int("--bootstrap", "bootstrap resamples for 95% intervals of the Markov shares (0 = off)", "N", Defaults.BootstrapResamples).Bind("AttributionOptions.BootstrapResamples");
    private readonly Option<int> _seed = CliOptions.Int("--seed", "the bootstrap's random seed (with --bootstrap)", "N", Defaults.Seed).Bind("AttributionOptions.Seed");
    private readonly Option<string?> _delimiter = CliOptions.Text("--delimiter", "the field delimiter: one character, or tab, comma, semicolon, pipe", "C", "detected");
    private readonly Option<bool> _failOnBadRows = CliOptions.Flag("--fail-on-bad-rows", "stop at the first bad row (exit 1, naming file, line and column) instead of excluding it");
    private readonly Option<string> _out = CliOptions.Required("--out", "the result (JSON, see schemas/attribution.schema.json); the same name with .html (report and chart) and .csv (each channel's conversions and share by model) is written beside it", "FILE.json");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("attribution", "First-touch, last-touch, linear, time-decay, position-based and exact Markov attribution from aggregated paths (ChannelAttribution's format).");
        foreach (var o in new Option[] { _paths, _order, _bootstrap, _seed, _delimiter, _failOnBadRows, _out })
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        if (r.Given(_seed) && r.GetValue(_bootstrap) == 0)
        {
            throw new UsageException("--seed only applies with --bootstrap N; add --bootstrap or leave --seed out");
        }

        var options = Defaults with { MarkovOrder = r.GetValue(_order), BootstrapResamples = r.GetValue(_bootstrap), Seed = r.GetValue(_seed) };
        options.Validate();
        var policy = r.GetValue(_failOnBadRows) ? RowErrorPolicy.Fail : RowErrorPolicy.Exclude;
        var delimiter = CustomerInputOptions.ParseDelimiter(r.GetValue(_delimiter));
        var pathsFile = InputFiles.Require(r.GetValue(_paths)!, "--paths");
        using var output = OutputFiles.Open(r.GetValue(_out)!, "--out");
        var html = Path.ChangeExtension(output.FullPath, ".html");
        var csv = Path.ChangeExtension(output.FullPath, ".csv");
        if (html == output.FullPath || csv == output.FullPath)
        {
            throw new UsageException("--out: name the JSON file with the .json extension (the .html and .csv reports are written beside it)");
        }

        var paths = PathFileReader.ReadFile(pathsFile, policy, delimiter);
        var result = AttributionModels.Compute(paths, options);
        OutputFiles.WriteTogether(
            ctx.CancellationToken,
            (output.FullPath, w => w.Write(JourneyJson.SerializeAttribution(result))),
            (html, w => w.Write(ReportCharts.AttributionPage(result, Path.GetFileName(pathsFile)))),
            (csv, w => w.Write(AttributionReport.ToCsv(result))));
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(pathsFile)}: {paths.Count} paths, {paths.TotalConversions:0.##} conversions, {paths.Exclusions.Count} rows excluded"));
        ctx.Out.WriteLine($"wrote {output.FullPath}, {Path.GetFileName(html)} and {Path.GetFileName(csv)}");
        return ExitCodes.Ok;
    }
}
