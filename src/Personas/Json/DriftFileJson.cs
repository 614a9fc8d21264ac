using System.ComponentModel;

namespace Personas.Json;

/// <summary>drift.json: what changed between two quarters.</summary>
[Description("What changed between last quarter's personas and this quarter's: matched personas, personas born, retired, split and merged, sizes, trait shifts and how customers moved.")]
internal sealed class DriftFileJson
{
    public required DriftModelJson PreviousModel { get; init; }

    [Description("Centroid distance above which two personas are not the same persona.")]
    public required double MatchThreshold { get; init; }

    public required IReadOnlyList<DriftMatchJson> Matches { get; init; }

    public required IReadOnlyList<string> Born { get; init; }

    public required IReadOnlyList<string> Retired { get; init; }

    public required IReadOnlyList<DriftSplitJson> Split { get; init; }

    public required IReadOnlyList<DriftMergeJson> Merged { get; init; }

    public required IReadOnlyList<DriftPersonaJson> Personas { get; init; }

    public required DriftMigrationJson Migration { get; init; }
}

/// <summary>The previous model.</summary>
internal sealed class DriftModelJson
{
    public required string? File { get; init; }

    public required string Checksum { get; init; }

    [SchemaFormat("date-time")]
    public required string CreatedAt { get; init; }

    [SchemaMinimum(0)]
    public required int TrainingRows { get; init; }
}

/// <summary>A previous persona matched to a current one.</summary>
internal sealed class DriftMatchJson
{
    public required string PreviousId { get; init; }

    public required string CurrentId { get; init; }

    public required double Distance { get; init; }
}

/// <summary>A previous persona split into several.</summary>
internal sealed class DriftSplitJson
{
    public required string PreviousId { get; init; }

    public required IReadOnlyList<string> Into { get; init; }
}

/// <summary>Several previous personas merged into one.</summary>
internal sealed class DriftMergeJson
{
    public required IReadOnlyList<string> From { get; init; }

    public required string CurrentId { get; init; }
}

/// <summary>One persona's change.</summary>
internal sealed class DriftPersonaJson
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    [SchemaEnum("matched", "born", "retired")]
    public required string Status { get; init; }

    public required int? PreviousSize { get; init; }

    public required int? CurrentSize { get; init; }

    public required double? PreviousShare { get; init; }

    public required double? CurrentShare { get; init; }

    public required double? CentroidMovement { get; init; }

    public required IReadOnlyList<TraitShiftJson> TraitShifts { get; init; }
}

/// <summary>A feature whose persona mean moved.</summary>
internal sealed class TraitShiftJson
{
    public required string Feature { get; init; }

    public required double PreviousMean { get; init; }

    public required double CurrentMean { get; init; }

    public required double EffectSize { get; init; }
}

/// <summary>How customers moved between personas.</summary>
internal sealed class DriftMigrationJson
{
    [Description("previousAssignments: matched by customer id with last quarter's assignments; previousModel: the previous model assigned this quarter's records.")]
    [SchemaEnum("previousAssignments", "previousModel")]
    public required string Basis { get; init; }

    [SchemaMinimum(0)]
    public required int CustomersInBoth { get; init; }

    public required double ChangedShare { get; init; }

    [Description("previousId -> currentId -> number of customers (non-zero cells only).")]
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Matrix { get; init; }
}
