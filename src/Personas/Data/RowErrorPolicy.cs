namespace Personas.Data;

/// <summary>What to do with a row that has a problem (a ragged row, a cell that does not parse, a missing id).</summary>
public enum RowErrorPolicy
{
    /// <summary>Leave the row out and list it in <see cref="CustomerTable.Exclusions"/> with its line and reason (the default).</summary>
    Exclude,

    /// <summary>Stop at the first bad row with a <see cref="PersonasDataException"/>.</summary>
    Fail,
}
