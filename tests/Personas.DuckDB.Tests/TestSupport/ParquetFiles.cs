using DuckDB.NET.Data;

namespace Personas.DuckDB.Tests.TestSupport;

/// <summary>Writes Parquet files for the tests with DuckDB itself (its CSV reader types the columns, as an export would).</summary>
public static class ParquetFiles
{
    /// <summary>Converts a CSV to Parquet; <paramref name="select"/> (over <c>csv</c>) shapes the columns.</summary>
    public static string FromCsv(string csv, string parquet, string select = "SELECT * FROM csv", string readOptions = "")
    {
        Run($"COPY ({select.Replace("FROM csv", $"FROM read_csv('{csv}', header = true{readOptions})", StringComparison.Ordinal)}) TO '{parquet}' (FORMAT PARQUET)");
        return parquet;
    }

    public static void Run(string sql)
    {
        using var con = new DuckDBConnection("Data Source=:memory:");
        con.Open();
        using var cmd = con.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
