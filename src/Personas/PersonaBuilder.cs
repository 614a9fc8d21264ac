using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using System.Globalization;
using Personas.Data;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas;

/// <summary>
/// The entry point: customer records in, personas out. Runs the pipeline stages in order (features, segmentation,
/// profiling); each stage's result is kept in the returned <see cref="PersonaBuildResult"/>.
/// </summary>
/// <example>
/// <code>
/// var table = CustomerReader.ReadFile("customers.csv");
/// var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new() { Seed = 7 } });
/// foreach (var p in result.Personas.Personas) Console.WriteLine($"{p.Id} {p.Name}: {p.Share:P0}");
/// </code>
/// </example>
public static partial class PersonaBuilder
{
    /// <summary>Builds personas from customer records.</summary>
    /// <param name="table">The customer records (see <see cref="CustomerReader"/>).</param>
    /// <param name="options">The options; null for the documented defaults.</param>
    /// <param name="progress">Receives progress per stage, or null.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <returns>Every stage's result.</returns>
    /// <exception cref="PersonasDataException">Too few usable rows or features for the requested personas.</exception>
    public static PersonaBuildResult Build(CustomerTable table, PersonaBuildOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new PersonaBuildOptions();
        CustomerReader.EnsureEnoughRows(table, options.Segmentation.K ?? options.Segmentation.KMin);

        var log = options.Logger ?? NullLogger.Instance;
        log.LogInformation("{Source}: {Rows} rows used, {Excluded} excluded", table.Source, table.RowCount, table.Exclusions.Count);
        foreach (var c in table.Columns)
        {
            log.LogDebug("column {Column}", c.ToString());
        }

        progress?.Report(new PersonasProgress("features", 0));
        var plan = FeaturePlan.LearnWith(table, options.Features, options.Segmentation.MaxDegreeOfParallelism, cancellationToken);
        foreach (var d in plan.Decisions)
        {
            log.LogInformation("features: {Decision}", d);
        }

        var features = plan.TransformWith(table, options.Segmentation.MaxDegreeOfParallelism, cancellationToken);
        if (features.Columns == 0)
        {
            throw new PersonasDataException(table.Source, null, null, null, "expected at least one usable feature column; every column is an id, free text, constant or excluded");
        }

        progress?.Report(new PersonasProgress("features", 1));
        cancellationToken.ThrowIfCancellationRequested();
        log.LogDebug(
            "segmentation: {Engine} k-means, seed {Seed}, {Threads}",
            options.Segmentation.Engine,
            options.Segmentation.Seed,
            options.Segmentation.MaxDegreeOfParallelism is { } threads ? $"at most {threads} worker thread{(threads == 1 ? "" : "s")}" : "worker threads on all cores");
        log.LogDebug(
            "segmentation: {Restarts}",
            options.Segmentation.RestartSampleSize > 0 && features.Rows > options.Segmentation.RestartSampleSize
                ? $"{options.Segmentation.Restarts} k-means++ restarts on a seeded sample of {options.Segmentation.RestartSampleSize} of the {features.Rows} rows, the best start refined on all rows"
                : $"{options.Segmentation.Restarts} k-means++ restarts on all {features.Rows} rows{(options.Segmentation.RestartSampleSize > 0 ? $" (a sample is used above {options.Segmentation.RestartSampleSize} rows)" : string.Empty)}");
        SegmentationResult segmentation;
        try
        {
            segmentation = Segmenter.Fit(features, SegmentationFor(options.Segmentation, options.Profiling), progress, cancellationToken);
        }
        catch (PersonasDataException e)
        {
            throw e.WithSource(table.Source);
        }

        foreach (var score in segmentation.KSelection.Scores)
        {
            log.LogInformation("k = {K}: silhouette {Silhouette:0.###}, stability {Stability:0.###}, smallest share {Share:0.###}", score.K, score.Silhouette, score.Stability, score.SmallestShare);
        }

        log.LogInformation("chosen k = {K}: {Reason}", segmentation.K, segmentation.KSelection.Reason);
        foreach (var w in segmentation.Quality.Warnings.Concat(segmentation.Warnings))
        {
            log.LogWarning("{Warning}", w);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new PersonasProgress("profiling", 0));
        var personas = Profiler.ProfileWith(table, segmentation.Labels, segmentation.K, ProfilingFor(plan, options.Profiling), QualityInputs(segmentation), null, options.Segmentation.MaxDegreeOfParallelism, cancellationToken);
        progress?.Report(new PersonasProgress("profiling", 1));
        var drivers = SplitDrivers.Find(table, segmentation.Labels, segmentation.K, plan.Columns.Where(c => c.Kind == FeatureKind.Categorical || c.Role == ColumnRole.Boolean).Select(c => c.Name));
        var quality = DataQualityCheck.Check(table).Concat(plan.Implausible.Select(v => new DataQualityIssue(DataQualityKind.ImplausibleValues, v.Column, v.Below + v.Above, $"{v.Column}: {v.Describe()}; clipped to the plausible range for clustering, shown as they are on the cards."))).ToArray();
        foreach (var w in drivers)
        {
            log.LogWarning("{Warning}", w);
        }

        foreach (var q in quality)
        {
            log.LogWarning("data quality: {Issue}", q.Description);
        }

        personas = personas with { Warnings = [.. personas.Warnings, .. drivers], DataQuality = quality };
        cancellationToken.ThrowIfCancellationRequested();
        return new PersonaBuildResult(table, plan, features, segmentation, personas, options)
        {
            Warnings = segmentation.Warnings.Concat(personas.Warnings).ToArray(),
            DataQuality = quality,
        };
    }

    /// <summary>The segmentation options of a build: auto k only considers k whose every persona can be described on a card.</summary>
    internal static SegmentationOptions SegmentationFor(SegmentationOptions segmentation, ProfilingOptions profiling) =>
        segmentation.K is null ? segmentation with { MinClusterSize = Math.Max(segmentation.MinClusterSize, profiling.MinPersonaSize) } : segmentation;

    /// <summary>The profiling options of a build: the plan's outcomes as KPIs, and its merged encodings kept out of names.</summary>
    internal static ProfilingOptions ProfilingFor(FeaturePlan plan, ProfilingOptions options)
    {
        var outcomes = (options.Outcomes ?? []).Concat(plan.Outcomes.Where(o => options.Outcomes?.All(x => x.Name != o.Name) ?? true)).ToArray();
        var facts = plan.Columns.Where(c => c.Kind == FeatureKind.Indicator).ToArray();
        var encodings = facts.Select(c => c.Name).Concat(options.NotForNames ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var sentinels = plan.Columns.Where(c => c.Sentinel is not null).ToDictionary(c => c.Name, c => c.Sentinel!.Value, StringComparer.Ordinal);
        return options with
        {
            Outcomes = outcomes,
            NotForNames = encodings,
            MissingCodes = sentinels.Count == 0 ? options.MissingCodes : sentinels,
            MergedFacts = facts.Length == 0 ? options.MergedFacts : facts.ToDictionary(c => c.Name, c => c.Sources, StringComparer.Ordinal),
        };
    }

    private static IReadOnlyList<PersonaQualityInput> QualityInputs(SegmentationResult s) =>
        s.Quality.PerCluster.Select(c => new PersonaQualityInput(
            c.Silhouette,
            c.Stability,
            c.Tiny ? [string.Create(CultureInfo.InvariantCulture, $"Very small group ({c.Size} customers, {c.Share:P1}): possibly outliers rather than a persona.")] : null)).ToList();
}
