using System.Globalization;
using Personas.Data;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Model;

/// <summary>
/// The quarterly refresh: rebuilds personas on this quarter's customers so that the ones that still exist keep their
/// id, name and user overrides, and reports what changed (<see cref="DriftReport"/>).
/// </summary>
/// <example>
/// <code>
/// var previous = PersonaModel.Load("q2/model.persona.json");
/// var table = CustomerReader.ReadFile("q3/customers.csv");
/// var result = PersonaRefresher.Refresh(previous, table, new RefreshOptions
/// {
///     PreviousAssignments = PreviousAssignments.ReadCsv("q2/assignments.csv"),
/// });
/// result.Model.Save("q3/model.persona.json");
/// File.WriteAllText("q3/drift.md", DriftWriter.ToMarkdown(result.Drift));
/// </code>
/// </example>
public static class PersonaRefresher
{
    /// <summary>
    /// Refreshes a model with this quarter's customers:
    /// <list type="number">
    /// <item>encodes them with the previous feature plan (or a refitted one, <see cref="RefreshOptions.RefitPlan"/>);</item>
    /// <item>segments them with the usual choice of k (<see cref="Segmenter"/>) and profiles the clusters (<see cref="Profiler"/>);</item>
    /// <item>
    /// describes every new cluster in the previous plan's feature space (its mean) and matches new clusters to previous
    /// personas by centroid distance with the Hungarian algorithm, a pair counting only below the match threshold
    /// (<see cref="RefreshOptions.MatchThreshold"/>);
    /// </item>
    /// <item>
    /// gives matched clusters the previous id, name and overrides (the tagline too when the user had overridden it);
    /// other clusters are born with the next free id (<see cref="PersonaModel.NextPersonaNumber"/>: retired ids are never
    /// reused) and their generated name, made unique; unmatched previous personas are retired;
    /// </item>
    /// <item>
    /// follows customers across quarters: with <see cref="RefreshOptions.PreviousAssignments"/> (last quarter's
    /// <c>assignments.csv</c>) customers present in both quarters are matched by customer id; without it, the previous
    /// model assigns this quarter's records (the model file holds no customer ids), which measures how the persona
    /// definitions moved rather than how customers behaved. Splits and merges come from this migration matrix.
    /// </item>
    /// </list>
    /// </summary>
    /// <param name="previous">Last quarter's model.</param>
    /// <param name="current">This quarter's customers.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="progress">Receives stage progress, or null.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <returns>The new model, personas and segmentation, and the drift report.</returns>
    /// <exception cref="PersonasDataException">A column has another kind than in the previous plan, or fewer than <see cref="RefreshOptions.MinFeatureShare"/> of the model's columns are present.</exception>
    /// <exception cref="ArgumentException">The data cannot be segmented with the options (for example fewer rows than personas).</exception>
    public static RefreshResult Refresh(PersonaModel previous, CustomerTable current, RefreshOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        try
        {
            return RefreshCore(previous, current, options ?? new RefreshOptions(), progress, cancellationToken);
        }
        catch (PersonasDataException e)
        {
            throw e.WithSource(current.Source);
        }
    }

    private static RefreshResult RefreshCore(PersonaModel previous, CustomerTable current, RefreshOptions options, IProgress<PersonasProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new PersonasProgress("refresh: encode", 0));
        var coverage = previous.CheckCoverage(current, options.MinFeatureShare);
        var plan = options.RefitPlan ? FeaturePlan.Learn(current, options.Features ?? previous.Plan.Options) : previous.Plan;
        var features = plan.Transform(current);
        var inPreviousSpace = options.RefitPlan ? previous.Plan.Transform(current) : features;
        cancellationToken.ThrowIfCancellationRequested();

        var segmentation = Segmenter.Fit(features, PersonaBuilder.SegmentationFor(options.Segmentation ?? new SegmentationOptions(), options.Profiling ?? new ProfilingOptions()), progress, cancellationToken);
        var k = segmentation.K;
        var labels = segmentation.Labels.ToArray();
        progress?.Report(new PersonasProgress("refresh: profile", 0));
        var quality = Enumerable.Range(0, k).Select(c => segmentation.Quality.PerCluster.FirstOrDefault(q => q.Cluster == c) is { } q
            ? new PersonaQualityInput(Finite(q.Silhouette), Finite(q.Stability))
            : new PersonaQualityInput(null, null)).ToArray();
        var profiled = Profiler.Profile(current, labels, k, PersonaBuilder.ProfilingFor(plan, options.Profiling ?? new ProfilingOptions()) with { Overrides = null }, quality);
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new PersonasProgress("refresh: match", 0));
        var d = previous.Dimension;
        var summary = ClusterSummary.Compute(inPreviousSpace.Values.Span, d, labels, k);
        var previousCentroids = previous.Personas.Select(p => p.Centroid.Select(v => (double)v).ToArray()).ToArray();
        var previousSpreads = previous.Personas.Select(p => p.Spread.Select(v => (double)v).ToArray()).ToArray();
        var currentMeans = Enumerable.Range(0, k).Select(c => summary.Means.AsSpan(c * d, d).ToArray()).ToArray();
        var threshold = options.MatchDistance ?? PersonaMatcher.Threshold(previousCentroids, previousSpreads, options.MatchThreshold);
        var matches = PersonaMatcher.Match(previousCentroids, currentMeans, threshold);

        var (personaLabels, next) = Identify(previous, profiled.Personas, matches);
        var model = PersonaModel.Create(plan, segmentation, personaLabels, DataFingerprint.Compute(current), options.Clock, features, next);
        var personas = profiled with
        {
            Personas = profiled.Personas.Select((p, c) => p with { Id = model.Personas[c].Id, Name = model.Personas[c].Name, Tagline = model.Personas[c].Tagline }).ToArray(),
        };

        // The count of personas with no clear profile names them by their ids after the refresh.
        var before = Profiler.UnclearWarning(profiled);
        var after = Profiler.UnclearWarning(personas);
        personas = personas with { Warnings = [.. personas.Warnings.Where(w => w != before), .. after is null ? [] : new[] { after }] };

        var (migration, basis) = Migration(previous, current, inPreviousSpace, labels, model, options);
        var previousSnapshots = previous.Personas.Select((p, i) => new PersonaSnapshot(p.Id, p.Name, p.Size, p.Share, previousCentroids[i], previousSpreads[i])).ToArray();
        var currentSnapshots = Enumerable.Range(0, k).Select(c => new PersonaSnapshot(
            model.Personas[c].Id,
            model.Personas[c].Name,
            summary.Sizes[c],
            model.Personas[c].Share,
            currentMeans[c],
            summary.StandardDeviations.AsSpan(c * d, d).ToArray())).ToArray();
        var drift = DriftAnalysis.Build(
            new DriftModelInfo(previous.SourceFile, previous.Checksum, previous.CreatedAt, previous.Training.Rows),
            previous.Plan.Meanings(),
            previousSnapshots,
            currentSnapshots,
            matches,
            threshold,
            migration,
            basis,
            options);
        progress?.Report(new PersonasProgress("refresh: match", 1));
        return new RefreshResult(model, personas, segmentation, features, drift) { Coverage = coverage };
    }

    /// <summary>Ids, names and overrides of the new clusters: matched ones inherit, others are born with fresh ids and unique names.</summary>
    private static (PersonaLabel[] Labels, int Next) Identify(PersonaModel previous, IReadOnlyList<Persona> profiled, IReadOnlyList<(int Previous, int Current, double Distance)> matches)
    {
        var labels = new PersonaLabel?[profiled.Count];
        var regenerated = new List<(int Current, string Id, ModelPersona Previous)>();
        foreach (var m in matches)
        {
            var p = previous.Personas[m.Previous];

            // A kept persona keeps its name, unless it has no clear profile now or had none before: "no clear profile"
            // is a flag, not a name, and never stays on a persona it no longer describes.
            if (p.NameOverride is null && !Profiler.IsUnclear(profiled[m.Current]) && !IsUnclearName(p.Name))
            {
                labels[m.Current] = new PersonaLabel(p.Id, p.Name, p.TaglineOverride is null ? profiled[m.Current].Tagline : p.Tagline, p.NameOverride, p.TaglineOverride);
            }
            else
            {
                regenerated.Add((m.Current, p.Id, p));
            }
        }

        var used = new HashSet<string>(labels.Where(l => l is not null).Select(l => l!.NameOverride ?? l.Name), StringComparer.OrdinalIgnoreCase);
        string Unique(string name)
        {
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + " " + n.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }

        // A generated name that names the persona by its id ("No clear profile (P2)", "Small group (P3)") is made anew
        // with the id the persona has after the refresh.
        string Generated(int c, string id)
        {
            var p = profiled[c];
            var w = p.Words;
            foreach (var flag in new[] { "name.noClearProfile", "name.smallGroup" })
            {
                var plain = w.T(flag);
                if (p.Name == plain || p.Name == w.T("name.withId", ("name", plain), ("id", p.Id)))
                {
                    return used.Add(plain) ? plain : Unique(w.T("name.withId", ("name", plain), ("id", id)));
                }
            }

            return Unique(p.Name);
        }

        foreach (var (c, id, p) in regenerated)
        {
            var name = p.NameOverride is null ? Generated(c, id) : profiled[c].Name;
            labels[c] = new PersonaLabel(id, name, p.TaglineOverride is null ? profiled[c].Tagline : p.Tagline, p.NameOverride, p.TaglineOverride);
        }

        var next = previous.NextPersonaNumber;
        for (var c = 0; c < labels.Length; c++)
        {
            if (labels[c] is null)
            {
                var id = PersonaModel.IdOf(next++);
                labels[c] = new PersonaLabel(id, Generated(c, id), profiled[c].Tagline);
            }
        }

        return (labels.Select(l => l!).ToArray(), next);
    }

    /// <summary>True when a name is the "no clear profile" flag (in any language, possibly numbered).</summary>
    private static bool IsUnclearName(string name) =>
        new[] { ReportLanguage.English, ReportLanguage.Finnish }.Any(l => name.StartsWith(Words.Templates.For(l)["name.noClearProfile"], StringComparison.Ordinal));

    private static (List<(string, string)> Pairs, string Basis) Migration(PersonaModel previous, CustomerTable current, FeatureMatrix inPreviousSpace, int[] labels, PersonaModel model, RefreshOptions options)
    {
        var pairs = new List<(string, string)>(labels.Length);
        if (options.PreviousAssignments is { } assignments)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                if (assignments.TryGetValue(current.Ids[i], out var previousId))
                {
                    pairs.Add((previousId, model.Personas[labels[i]].Id));
                }
            }

            return (pairs, "previousAssignments");
        }

        var n = labels.Length;
        var index = new int[n];
        var distance = new float[n];
        var confidence = new float[n];
        previous.AssignAll(inPreviousSpace, index, distance, confidence);
        for (var i = 0; i < n; i++)
        {
            if (index[i] >= 0)
            {
                pairs.Add((previous.Personas[index[i]].Id, model.Personas[labels[i]].Id));
            }
        }

        return (pairs, "previousModel");
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
