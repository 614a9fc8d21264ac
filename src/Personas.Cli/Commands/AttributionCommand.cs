using System.Globalization;
using Personas.Journeys;
using Personas.Journeys.Attribution;

namespace Personas.Cli.Commands;

/// <summary><c>personas attribution</c>: attribution from aggregated paths in ChannelAttribution's format.</summary>
internal static class AttributionCommand
{
    public const string Usage = "personas attribution --paths FILE [--order K] --out FILE.json";

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags("fail-on-bad-rows"), Run);

    private const string Help = """
        personas attribution: first/last/linear/time-decay/position-based and exact Markov attribution
        from aggregated paths (ChannelAttribution's format: path "a > b > c", total_conversions,
        optional total_conversion_value and total_null).

          --paths FILE                the aggregated paths (CSV)
          --order K                   Markov order (default 1)
          --bootstrap N               bootstrap resamples for Markov share intervals (default 0 = off)
          --seed N                    bootstrap seed (default 42)
          --fail-on-bad-rows          stop at the first bad row instead of excluding it
          --out FILE.json             the result

        """;

    private static int Run(CliArgs args, CliContext ctx)
    {
        var pathsFile = args.Require("paths");
        var outFile = args.Require("out");
        var defaults = new AttributionOptions();
        var options = defaults with
        {
            MarkovOrder = args.GetInt("order", 1, 4) ?? defaults.MarkovOrder,
            BootstrapResamples = args.GetInt("bootstrap", 0, 10000) ?? 0,
            Seed = args.GetInt("seed") ?? defaults.Seed,
        };
        var policy = args.Has("fail-on-bad-rows") ? EventRowPolicy.Fail : EventRowPolicy.Exclude;
        var delimiter = BuildCommand.ParseDelimiter(args.Get("delimiter"));
        args.EnsureAllUsed();

        var paths = PathFileReader.ReadFile(pathsFile, policy, delimiter);
        var result = AttributionModels.Compute(paths, options);
        var full = Path.GetFullPath(outFile);
        var dir = Path.GetDirectoryName(full)!;
        using var output = new OutputFolder(dir);
        JourneyJson.WriteAttributionFile(output.PathFor(Path.GetFileName(full)), result);
        output.Commit();
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(pathsFile)}: {paths.Count} paths, {paths.TotalConversions:0.##} conversions, {paths.Exclusions.Count} rows excluded"));
        ctx.Out.WriteLine($"wrote {full}");
        return CliApp.Ok;
    }
}
