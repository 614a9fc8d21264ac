namespace Personas.Data;

/// <summary>What a column is used as.</summary>
public enum ColumnRole
{
    /// <summary>Identifies the customer; never a feature.</summary>
    Id,

    /// <summary>A number; becomes a scaled feature.</summary>
    Numeric,

    /// <summary>A set of levels; becomes one-hot features.</summary>
    Categorical,

    /// <summary>Yes/no; stored as 0/1 and used as a numeric feature.</summary>
    Boolean,

    /// <summary>A date; turned into a numeric "days since" feature.</summary>
    Date,

    /// <summary>Free text; ignored.</summary>
    Text,

    /// <summary>The same value in every row; ignored.</summary>
    Constant,

    /// <summary>Excluded by the user or unusable; ignored.</summary>
    Ignored,
}
