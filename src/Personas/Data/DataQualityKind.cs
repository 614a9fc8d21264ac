namespace Personas.Data;

/// <summary>What kind of data-quality problem a <see cref="DataQualityIssue"/> reports.</summary>
public enum DataQualityKind
{
    /// <summary>Rows identical to another row in every column but the id.</summary>
    DuplicateRows,

    /// <summary>Distinct ids that differ only in case, spaces, punctuation or leading zeros (<c>C-001</c> and <c>c001</c>).</summary>
    NearDuplicateIds,

    /// <summary>Values of a numeric column far outside the rest (a birth year 1893, an income of 666,666 among incomes below 200,000).</summary>
    ImplausibleValues,
}
