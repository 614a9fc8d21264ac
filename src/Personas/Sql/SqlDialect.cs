namespace Personas.Sql;

/// <summary>The SQL engines <see cref="AssignmentSql"/> writes for. They differ only in quoting, string escapes, type names,
/// a few function names and whether they have a 32-bit float type (see <c>docs/sql.md</c>).</summary>
public enum SqlDialect
{
    /// <summary>DuckDB: <c>"identifiers"</c>, <c>FLOAT</c> is 32-bit. Tested against the embedded engine.</summary>
    DuckDb,

    /// <summary>PostgreSQL: <c>"identifiers"</c>, <c>REAL</c> is 32-bit. Tested against a real server.</summary>
    PostgreSql,

    /// <summary>Spark SQL (Spark, Databricks): <c>`identifiers`</c>, backslash escapes in strings, <c>FLOAT</c> is 32-bit.</summary>
    Spark,

    /// <summary>BigQuery (GoogleSQL): <c>`identifiers`</c>, backslash escapes; no 32-bit float type, so it computes in 64-bit.</summary>
    BigQuery,

    /// <summary>Snowflake: <c>"identifiers"</c> (case-sensitive when quoted), backslash escapes; every float type is 64-bit.</summary>
    Snowflake,

    /// <summary>ISO SQL without extensions: <c>"identifiers"</c>, <c>REAL</c> as 32-bit, <c>CASE</c> instead of <c>LEAST</c>; no date columns.</summary>
    Ansi,
}
