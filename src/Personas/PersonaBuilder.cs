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
public static class PersonaBuilder
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
        var plan = FeaturePlan.Learn(table, options.Features, cancellationToken);
        foreach (var d in plan.Decisions)
        {
            log.LogInformation("features: {Decision}", d);
        }

        var features = plan.Transform(table, cancellationToken);
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
        SegmentationResult segmentation;
        try
        {
            segmentation = Segmenter.Fit(features, options.Segmentation, progress, cancellationToken);
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
        var personas = Profiler.Profile(table, segmentation.Labels, segmentation.K, options.Profiling, QualityInputs(segmentation));
        progress?.Report(new PersonasProgress("profiling", 1));
        cancellationToken.ThrowIfCancellationRequested();
        return new PersonaBuildResult(table, plan, features, segmentation, personas, options);
    }

    private static IReadOnlyList<PersonaQualityInput> QualityInputs(SegmentationResult s) =>
        s.Quality.PerCluster.Select(c => new PersonaQualityInput(
            c.Silhouette,
            c.Stability,
            c.Tiny ? [string.Create(CultureInfo.InvariantCulture, $"Very small group ({c.Size} customers, {c.Share:P1}): possibly outliers rather than a persona.")] : null)).ToList();
}
