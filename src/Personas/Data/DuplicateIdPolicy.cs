namespace Personas.Data;

/// <summary>What to do when a customer id appears on more than one row.</summary>
public enum DuplicateIdPolicy
{
    /// <summary>Stop with a <see cref="PersonasDataException"/> naming the line of the repeated id (the default).</summary>
    Error,

    /// <summary>Keep the first row of each id; later rows are listed as excluded.</summary>
    KeepFirst,

    /// <summary>
    /// Merge the rows of each id into its first row: numeric, boolean and date values become the mean of the
    /// non-missing values, a categorical value the first non-missing one; the merged rows are listed as excluded.
    /// </summary>
    Aggregate,
}
