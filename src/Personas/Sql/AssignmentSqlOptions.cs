namespace Personas.Sql;

/// <summary>What <see cref="AssignmentSql.Generate(Model.PersonaModel, AssignmentSqlOptions)"/> writes: the engine's dialect, the table to read and its id column.</summary>
/// <example>
/// <code>
/// var sql = AssignmentSql.Generate(model, new AssignmentSqlOptions { Dialect = SqlDialect.PostgreSql, Table = "crm.customers", IdColumn = "customer_id" });
/// </code>
/// </example>
public sealed record AssignmentSqlOptions
{
    /// <summary>The engine the query is for.</summary>
    /// <value>The default is <see cref="SqlDialect.DuckDb"/>.</value>
    public SqlDialect Dialect { get; init; } = SqlDialect.DuckDb;

    /// <summary>The table (or view) holding one row per customer, with the model's columns by name. A dotted name
    /// (<c>schema.table</c>, <c>project.dataset.table</c>) is quoted part by part.</summary>
    /// <value>There is no default: it is required.</value>
    public required string Table { get; init; }

    /// <summary>The column holding the customer id; it is returned as <c>customer_id</c>.</summary>
    /// <value>The default is <c>customer_id</c>.</value>
    public string IdColumn { get; init; } = "customer_id";

    /// <summary>Checks the options.</summary>
    /// <exception cref="OptionValueException">The table or id column is blank, or the table name has an empty part.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Table) || Table.Split('.').Any(p => p.Length == 0))
        {
            throw new OptionValueException($"{nameof(AssignmentSqlOptions)}.{nameof(Table)}", Table ?? string.Empty, "a table name such as customers or schema.customers");
        }

        if (string.IsNullOrWhiteSpace(IdColumn))
        {
            throw new OptionValueException($"{nameof(AssignmentSqlOptions)}.{nameof(IdColumn)}", IdColumn ?? string.Empty, "a column name");
        }
    }
}
