namespace Personas.Data.Parsing;

/// <summary>What a cell holds as a number.</summary>
internal enum CellKind
{
    /// <summary>Empty, blank or a missing-value token (NA, N/A, NaN, null, ?).</summary>
    Missing,

    /// <summary>A finite number that fits a <see cref="float"/>.</summary>
    Number,

    /// <summary>A number that is infinite or too large for a float (Infinity, 1e400, 1e39): a data error.</summary>
    NonFinite,

    /// <summary>Not a number.</summary>
    Text,
}
