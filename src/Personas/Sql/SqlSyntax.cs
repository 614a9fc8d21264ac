using System.Globalization;
using System.Text;

namespace Personas.Sql;

/// <summary>
/// What differs between dialects, in one place: quoting of identifiers, string literals and their escapes, type names,
/// how a value becomes a 32-bit float, NaN tests, the smallest of several values, and counting days. Everything else in
/// the generated query is the same text for every dialect.
/// </summary>
internal sealed class SqlSyntax
{
    private SqlSyntax(SqlDialect dialect, bool? float32)
    {
        Dialect = dialect;
        HasFloat32 = float32 ?? dialect is not (SqlDialect.BigQuery or SqlDialect.Snowflake);
    }

    public SqlDialect Dialect { get; }

    /// <summary>True when the engine has a 32-bit float type, so the library's single-precision arithmetic is reproduced
    /// exactly; BigQuery and Snowflake compute in 64-bit instead.</summary>
    public bool HasFloat32 { get; }

    /// <summary>True when string literals take backslash escapes (<c>\'</c>, <c>\\</c>, <c>\n</c>).</summary>
    private bool BackslashEscapes => Dialect is SqlDialect.Spark or SqlDialect.BigQuery or SqlDialect.Snowflake;

    /// <param name="dialect">The dialect.</param>
    /// <param name="float32">Overrides whether 32-bit floats are used (tests run the 64-bit arithmetic of BigQuery and Snowflake in DuckDB).</param>
    public static SqlSyntax For(SqlDialect dialect, bool? float32 = null) => Enum.IsDefined(dialect)
        ? new SqlSyntax(dialect, float32)
        : throw new OptionValueException($"{nameof(AssignmentSqlOptions)}.{nameof(AssignmentSqlOptions.Dialect)}", dialect, "duckdb, postgres, spark, bigquery, snowflake or ansi");

    /// <summary>A quoted identifier: <c>"name"</c> or <c>`name`</c>, the quote character escaped.</summary>
    public string Identifier(string name) => Dialect switch
    {
        SqlDialect.Spark => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`",
        SqlDialect.BigQuery => "`" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`",
        _ => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
    };

    /// <summary>A table name, dotted parts quoted one by one (BigQuery quotes the whole path in one pair of backticks).</summary>
    public string Table(string name) => Dialect == SqlDialect.BigQuery
        ? Identifier(name)
        : string.Join('.', name.Split('.').Select(Identifier));

    /// <summary>A string literal with the dialect's escapes; never data from the table, only names from the model.</summary>
    public string String(string value)
    {
        if (!BackslashEscapes)
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\'':
                    sb.Append("\\'");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>How a step whose columns are read many times starts: PostgreSQL would otherwise inline it into every
    /// reference (each persona's distance copied into every comparison) and run hundreds of times slower.</summary>
    public string MaterializedAs => Dialect == SqlDialect.PostgreSql ? " AS MATERIALIZED " : " AS ";

    public string DoubleType => Dialect switch
    {
        SqlDialect.DuckDb or SqlDialect.Spark or SqlDialect.Snowflake => "DOUBLE",
        SqlDialect.BigQuery => "FLOAT64",
        _ => "DOUBLE PRECISION",
    };

    public string FloatType => !HasFloat32 ? DoubleType : Dialect switch
    {
        SqlDialect.DuckDb or SqlDialect.Spark => "FLOAT",
        _ => "REAL",
    };

    public string TextType => Dialect switch
    {
        SqlDialect.PostgreSql => "TEXT",
        SqlDialect.Spark or SqlDialect.BigQuery => "STRING",
        SqlDialect.Ansi => "VARCHAR(4000)",
        _ => "VARCHAR",
    };

    public string IntegerType => Dialect == SqlDialect.BigQuery ? "INT64" : "BIGINT";

    /// <summary>A 64-bit literal: the shortest text that reads back as exactly <paramref name="value"/>, cast from a string
    /// (every engine converts a string to a double with correct rounding; decimal literals would be DECIMAL in some).</summary>
    public string Double(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A model value is not finite.");
        }

        return $"CAST('{value.ToString("R", CultureInfo.InvariantCulture)}' AS {DoubleType})";
    }

    /// <summary>A 32-bit literal holding exactly <paramref name="value"/> (64-bit in dialects without 32-bit floats: the same value).</summary>
    public string Float(float value)
    {
        if (!float.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A model value is not finite.");
        }

        // The float's own shortest text reads back as the same float; in 64-bit dialects the float's exact value is written.
        var text = HasFloat32 ? value.ToString("R", CultureInfo.InvariantCulture) : ((double)value).ToString("R", CultureInfo.InvariantCulture);
        return $"CAST('{text}' AS {FloatType})";
    }

    /// <summary>Rounds an expression to a 32-bit float (in dialects without one: the expression in parentheses).</summary>
    public string Round32(string expression) => HasFloat32 ? $"CAST({expression} AS {FloatType})" : $"({expression})";

    public string ToDouble(string expression) => $"CAST({expression} AS {DoubleType})";

    public string ToText(string expression) => $"CAST({expression} AS {TextType})";

    /// <summary>True when a 64-bit value is NaN.</summary>
    public string IsNaN(string expression) => Dialect switch
    {
        SqlDialect.DuckDb or SqlDialect.Spark => $"isnan({expression})",
        SqlDialect.BigQuery => $"IS_NAN({expression})",
        SqlDialect.PostgreSql or SqlDialect.Snowflake => $"{expression} = CAST('NaN' AS {DoubleType})",
        _ => $"{expression} <> {expression}",
    };

    /// <summary>The smallest of some values (all non-null and not NaN here).</summary>
    public string Least(IReadOnlyList<string> values)
    {
        if (values.Count == 1)
        {
            return values[0];
        }

        if (Dialect != SqlDialect.Ansi)
        {
            return $"LEAST({string.Join(", ", values)})";
        }

        // ISO SQL has no LEAST: the first value not above any other.
        var sb = new StringBuilder("CASE");
        for (var i = 0; i < values.Count - 1; i++)
        {
            sb.Append(" WHEN ").Append(string.Join(" AND ", values.Where((_, j) => j != i).Select(v => $"{values[i]} <= {v}"))).Append(" THEN ").Append(values[i]);
        }

        return sb.Append(" ELSE ").Append(values[^1]).Append(" END").ToString();
    }

    /// <summary>The larger of a value and 0 (for <c>log1p(max(x, 0))</c>).</summary>
    public string AtLeastZero(string expression) => Dialect == SqlDialect.Ansi
        ? $"CASE WHEN {expression} > {Double(0)} THEN {expression} ELSE {Double(0)} END"
        : $"GREATEST({expression}, {Double(0)})";

    /// <summary>
    /// A DATE or TIMESTAMP column as days since 0001-01-01 UTC computed as the library does (whole ticks of 100 ns since
    /// 0001-01-01, as a 64-bit float, divided by the ticks of a day); null when the dialect has no way to count them.
    /// </summary>
    public string? Days(string column)
    {
        const string TicksTo1970 = "621355968000000000";
        const string TicksPerDay = "864000000000";
        var micros = Dialect switch
        {
            SqlDialect.DuckDb => $"epoch_us(CAST({column} AS TIMESTAMP))",
            SqlDialect.PostgreSql => $"CAST(EXTRACT(EPOCH FROM {column}) * 1000000 AS BIGINT)",
            SqlDialect.Spark => $"unix_micros(CAST({column} AS TIMESTAMP))",
            SqlDialect.BigQuery => $"UNIX_MICROS(CAST({column} AS TIMESTAMP))",
            SqlDialect.Snowflake => $"DATE_PART(EPOCH_MICROSECOND, CAST({column} AS TIMESTAMP_NTZ))",
            _ => null,
        };
        return micros is null ? null : $"{ToDouble($"{micros} * 10 + {TicksTo1970}")} / {ToDouble(TicksPerDay)}";
    }

    /// <summary>The dialect's name on the command line.</summary>
    public static string Name(SqlDialect dialect) => dialect switch
    {
        SqlDialect.DuckDb => "duckdb",
        SqlDialect.PostgreSql => "postgres",
        SqlDialect.Spark => "spark",
        SqlDialect.BigQuery => "bigquery",
        SqlDialect.Snowflake => "snowflake",
        _ => "ansi",
    };
}
