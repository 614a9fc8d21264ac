namespace Personas.Data;

/// <summary>The defaults of the reading options, in one place.</summary>
internal static class DataDefaults
{
    public const int MaxCategoryLevels = 20;

    /// <summary>The share of non-missing cells that must parse as numbers (or dates) for the column to be numeric (or a date); the rest are bad cells.</summary>
    public const double TypedShare = 0.9;

    /// <summary>The name of the level that groups rare categories.</summary>
    public const string OtherLevel = "(other)";

    /// <summary>Distinct values counted exactly per column before only uniqueness is tracked.</summary>
    public const int DistinctCap = 10_000;

    /// <summary>Average length from which a many-valued text column counts as free text.</summary>
    public const int FreeTextLength = 30;

    /// <summary>The most distinct integers a column named like a code (region, browser, *_type...) may have to be read as categorical.</summary>
    public const int MaxCodeLevels = 50;
}
