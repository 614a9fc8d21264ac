namespace Personas.Data.Parsing;

/// <summary>How the second pass stores a column.</summary>
internal enum ValueKind
{
    /// <summary>Nothing is stored (ignored, text, secondary id columns).</summary>
    None,

    /// <summary>Numbers as floats.</summary>
    Number,

    /// <summary>Yes/no words as 0/1.</summary>
    Boolean,

    /// <summary>Dates as days since the reference date.</summary>
    Date,

    /// <summary>Level codes.</summary>
    Codes,

    /// <summary>The customer id (strings).</summary>
    Id,
}
