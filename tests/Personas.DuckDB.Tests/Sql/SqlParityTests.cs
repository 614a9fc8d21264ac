using DuckDB.NET.Data;
using Personas.DuckDB.Tests.TestSupport;
using Personas.Model;
using Personas.Sql;

namespace Personas.DuckDB.Tests.Sql;

/// <summary>
/// The generated assignment SQL run by real engines, embedded DuckDB and a real PostgreSQL server, gives every customer
/// exactly the library's persona, distance, confidence and outlier flag: the sample data, Telco Customer Churn and Bank
/// Marketing with the library's defaults.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SqlParityTests
{
    private readonly PostgresServer _pg;

    public SqlParityTests(PostgresServer pg)
    {
        _pg = pg;
    }

    private static string Sql(PersonaModel model, SqlDialect dialect, string table, string id) =>
        AssignmentSql.Generate(model, new AssignmentSqlOptions { Dialect = dialect, Table = table, IdColumn = id });

    /// <summary>Loads the CSV into DuckDB, runs the DuckDB query there, and (when PostgreSQL is installed) the PostgreSQL query on a copy.</summary>
    private void Check(string csv, string table, string? idColumn, PersonaModel model, Personas.Data.CustomerTable libraryTable, bool byRecord = true)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        SqlParity.LoadCsv(duck, table, csv, model, idColumn);
        var id = idColumn ?? "row_id";
        var expected = SqlParity.Library(model, libraryTable);
        var rows = SqlParity.Run(duck, Sql(model, SqlDialect.DuckDb, table, id));
        Assert.Equal(libraryTable.RowsRead, SqlParity.AssertSame(rows, expected));
        if (byRecord)
        {
            SqlParity.AssertSame(rows, SqlParity.LibraryByRecord(model, duck, table, id));
        }

        if (PostgresServer.BinFolder() is null)
        {
            return;
        }

        using var pg = _pg.Open();
        SqlParity.CopyToPostgres(duck, table, pg);
        SqlParity.AssertSame(SqlParity.Run(pg, Sql(model, SqlDialect.PostgreSql, table, id)), expected);
    }

    [Fact]
    public void SampleData_EveryCustomerAsTheLibrary_InDuckDbAndPostgres()
    {
        var (model, table) = SqlParity.Build(Path.Combine(Paths.DataSamples, "customers.csv"), k: 5);
        Check(Path.Combine(Paths.DataSamples, "customers.csv"), "customers", "customer_id", model, table);
    }

    [SharedDataFact("telco-customer-churn/Telco-Customer-Churn.csv")]
    public void Telco_EveryCustomerAsTheLibrary_InDuckDbAndPostgres()
    {
        var csv = Paths.Shared("telco-customer-churn/Telco-Customer-Churn.csv");
        var (model, table) = SqlParity.Build(csv, k: 5);
        Check(csv, "telco", "customerID", model, table);
    }

    [SharedDataFact("bank-marketing/bank-full.csv")]
    public void BankMarketing_EveryCustomerAsTheLibrary_InDuckDbAndPostgres()
    {
        var csv = Paths.Shared("bank-marketing/bank-full.csv");
        var (model, table) = SqlParity.Build(csv, k: 6);
        Check(csv, "bank", null, model, table);
    }
}
