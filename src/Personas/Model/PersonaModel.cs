using System.Globalization;
using Personas.Features;

namespace Personas.Model;

/// <summary>
/// A saved persona model for apps and the quarterly refresh: the feature plan, the personas' centroids, stable ids,
/// names, taglines and user overrides, the training data's fingerprint and the quality figures. Saves to and loads from
/// a versioned, human-readable JSON file (<c>*.persona.json</c>, see <c>schemas/model.schema.json</c>); assigns customer
/// records to personas. Immutable, so one instance can be shared by any number of threads.
/// </summary>
/// <example>
/// <code>
/// var model = PersonaModel.Load("model.persona.json");
/// var a = model.Assign(new Dictionary&lt;string, string?&gt; { ["age"] = "34", ["region"] = "North" });
/// Console.WriteLine($"{a.PersonaId} {a.PersonaName} confidence {a.Confidence:0.00}{(a.IsOutlier ? " (outlier)" : "")}");
/// </code>
/// </example>
public sealed partial class PersonaModel
{
    /// <summary>The schema version this library writes (and the highest it reads).</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The value of the <c>format</c> field that marks a persona model file.</summary>
    public const string FormatName = "personas.model";

    private readonly NearestCentroids _kernel;

    internal PersonaModel(FeaturePlan plan, IReadOnlyList<ModelPersona> personas, DataFingerprint training, ModelQuality quality, DateTimeOffset createdAt, string libraryVersion, int nextPersonaNumber)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(quality);
        ArgumentException.ThrowIfNullOrEmpty(libraryVersion);
        if (ModelCheck.Find(plan.Columns, personas, nextPersonaNumber) is { } problem)
        {
            throw new ArgumentException($"Inconsistent model at {problem.Path}: expected {problem.Expected}, found {problem.Found}.", nameof(personas));
        }

        var d = plan.Dimension;
        Plan = plan;
        Personas = personas.Select(p => p with { Centroid = p.Centroid.ToArray(), Spread = p.Spread.ToArray() }).ToArray();
        Training = training with { Columns = training.Columns.ToArray() };
        Quality = quality with { Warnings = quality.Warnings.ToArray() };
        CreatedAt = createdAt;
        LibraryVersion = libraryVersion;
        NextPersonaNumber = nextPersonaNumber;
        FeatureNames = plan.FeatureNames;
        _kernel = new NearestCentroids(
            Personas.SelectMany(p => p.Centroid).ToArray(),
            Personas.Count,
            d,
            Personas.Select(p => p.OutlierDistance).ToArray());
        Checksum = ModelJsonWriter.ComputeChecksum(this);
    }

    /// <summary>The schema version of the model (always <see cref="CurrentSchemaVersion"/> once loaded: an older file is read into the current layout and saved in it).</summary>
    public int SchemaVersion => CurrentSchemaVersion;

    /// <summary>The schema version of the file the model was loaded from (its checksum is checked in that version's layout).</summary>
    internal int FileSchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The version of the library that created the model.</summary>
    public string LibraryVersion { get; }

    /// <summary>When the model was created (from the injected clock).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The personas, in model order (the order of <see cref="AssignAll(Features.FeatureMatrix, Span{int}, Span{float}, Span{float}, Span{bool})"/>'s indices).</summary>
    public IReadOnlyList<ModelPersona> Personas { get; }

    /// <summary>A copy of this model with another training fingerprint (for example one that also records the run's seed, options and input hashes).</summary>
    /// <param name="training">The fingerprint.</param>
    /// <returns>The new model; this one is unchanged.</returns>
    public PersonaModel WithTraining(DataFingerprint training) =>
        new(Plan, Personas, training, Quality, CreatedAt, LibraryVersion, NextPersonaNumber);

    /// <summary>The fingerprint of the training data (rows, columns, content hash; no customer data).</summary>
    public DataFingerprint Training { get; }

    /// <summary>The segmentation's quality figures.</summary>
    public ModelQuality Quality { get; }

    /// <summary>The feature names, in feature order.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The number of features.</summary>
    public int Dimension => FeatureNames.Count;

    /// <summary>The number the next new persona's id gets (<c>P</c> + this number); ids of retired personas are never reused.</summary>
    public int NextPersonaNumber { get; }

    /// <summary>The SHA-256 of the model's canonical JSON content (<c>sha256:</c> + 64 hex digits), as stored in the file.</summary>
    public string Checksum { get; }

    /// <summary>The feature plan that turns customer records into this model's feature vectors.</summary>
    public FeaturePlan Plan { get; }

    /// <summary>The persona with this id.</summary>
    /// <param name="id">The persona id.</param>
    /// <exception cref="KeyNotFoundException">No such persona.</exception>
    public ModelPersona this[string id] =>
        Personas.FirstOrDefault(p => p.Id == id) ?? throw new KeyNotFoundException($"No persona '{id}'; ids are {string.Join(", ", Personas.Select(p => p.Id))}.");

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"PersonaModel: {Personas.Count} personas ({string.Join(", ", Personas.Select(p => p.Id + " " + p.Name))}), {Dimension} features, created {CreatedAt:yyyy-MM-dd}");
}
