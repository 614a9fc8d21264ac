namespace Personas.Data;

/// <summary>How <see cref="CustomerReader"/> reads customer records. Every property has a working default.</summary>
/// <example>
/// <code>
/// var options = new CustomerReadOptions { IdColumn = "ID", Exclude = ["Z_CostContact"], DateFormats = new Dictionary&lt;string, string&gt; { ["Dt_Customer"] = "dd-MM-yyyy" } };
/// var table = CustomerReader.ReadFile("marketing_campaign.csv", options);
/// </code>
/// </example>
public sealed record CustomerReadOptions
{
    /// <summary>The column holding the customer id.</summary>
    /// <value>
    /// The default is null: the first column named like an id (<c>id</c>, <c>customer_id</c>, <c>CustomerID</c>, <c>client id</c>...)
    /// with no missing value is used (repeated values then follow <see cref="DuplicateIds"/>), else ids are generated from the
    /// 1-based data row number. Exclude an id-named column to have rows numbered instead.
    /// </value>
    public string? IdColumn { get; init; }

    /// <summary>The field delimiter of delimited text.</summary>
    /// <value>The default is null: detected from the first lines among comma, tab, semicolon and pipe.</value>
    public char? Delimiter { get; init; }

    /// <summary>Numbers use a decimal comma and optional space thousands separators (<c>1 234,50</c>); a dot is then not accepted.</summary>
    /// <value>The default is false: invariant numbers (<c>1234.50</c>, <c>1.2e3</c>).</value>
    public bool DecimalComma { get; init; }

    /// <summary>Roles that override the inferred ones, by column name.</summary>
    /// <value>The default is null: every role is inferred.</value>
    public IReadOnlyDictionary<string, ColumnRole>? Roles { get; init; }

    /// <summary>The only columns to use as features (the id column is always read).</summary>
    /// <value>The default is null: all columns.</value>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Columns to leave out (they get the role <see cref="ColumnRole.Ignored"/>).</summary>
    /// <value>The default is null: none.</value>
    public IReadOnlyList<string>? Exclude { get; init; }

    /// <summary>Date formats by column name, as .NET custom format strings (<c>dd-MM-yyyy</c>, <c>M/d/yyyy HH:mm</c>).</summary>
    /// <value>The default is null: the format is detected per column (ISO 8601, day-first or month-first).</value>
    public IReadOnlyDictionary<string, string>? DateFormats { get; init; }

    /// <summary>What to do with a bad row.</summary>
    /// <value>The default is <see cref="RowErrorPolicy.Exclude"/>.</value>
    public RowErrorPolicy RowErrors { get; init; } = RowErrorPolicy.Exclude;

    /// <summary>What to do with a repeated customer id.</summary>
    /// <value>The default is <see cref="DuplicateIdPolicy.Error"/>.</value>
    public DuplicateIdPolicy DuplicateIds { get; init; } = DuplicateIdPolicy.Error;

    /// <summary>The most levels a categorical column keeps, counting the <c>(other)</c> level that groups the rarest ones.</summary>
    /// <value>The default is 20.</value>
    public int MaxCategoryLevels { get; init; } = DataDefaults.MaxCategoryLevels;

    /// <summary>The date that date columns count days from (a date column becomes "days since" = reference - date).</summary>
    /// <value>The default is null: the latest date in each column (reported in the column's reason).</value>
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary>The fewest usable rows accepted; fewer raise a <see cref="PersonasDataException"/>.</summary>
    /// <value>The default is null: any number of rows, at least one.</value>
    public int? MinRows { get; init; }
}
