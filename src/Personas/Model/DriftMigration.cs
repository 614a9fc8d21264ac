namespace Personas.Model;

/// <summary>Customers present in both quarters (matched by customer id) and how they moved between personas.</summary>
public sealed record DriftMigration
{
    /// <summary>
    /// Where each customer's previous persona comes from: <c>previousAssignments</c> (last quarter's
    /// <c>assignments.csv</c>, given in <see cref="RefreshOptions.PreviousAssignments"/>) or <c>previousModel</c> (the
    /// previous model assigning this quarter's records, used when no previous assignments are given: then every
    /// current customer counts as present in both quarters).
    /// </summary>
    public required string Basis { get; init; }

    /// <summary>The number of customers present in both quarters.</summary>
    public required int CustomersInBoth { get; init; }

    /// <summary>The share (0..1) of those whose persona id changed; 0 when there are none.</summary>
    public required double ChangedShare { get; init; }

    /// <summary>Counts by previous persona id, then current persona id (only non-zero cells).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Matrix { get; init; }
}
