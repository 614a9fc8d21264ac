using Personas.Cli;
using Personas.Model;
using Personas.Sql;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary><c>personas sql</c> writes the library's assignment query for a saved model, to standard output or a file.</summary>
public class SqlCommandTests
{
    private static string ModelFile(out PersonaModel model)
    {
        model = Personas.Tests.Model.ModelTestData.Build().Model;
        var path = Path.Combine(Paths.NewTempDir(), "model.persona.json");
        File.WriteAllText(path, model.ToJson());
        model = PersonaModel.Load(path);
        return path;
    }

    [Fact]
    public void Sql_PrintsTheLibrarysQuery_ForTheDialectTableAndId()
    {
        var file = ModelFile(out var model);
        var (code, stdout, stderr) = BuildCommandTests.Run("sql", "--model", file, "--dialect", "postgres", "--table", "crm.customers", "--id", "client_no");
        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Equal(AssignmentSql.Generate(model, new AssignmentSqlOptions { Dialect = SqlDialect.PostgreSql, Table = "crm.customers", IdColumn = "client_no" }), stdout);
        Assert.Contains("FROM \"crm\".\"customers\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"client_no\" AS customer_id", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_Out_WritesTheFile_AndSaysSoOnStandardError()
    {
        var file = ModelFile(out var model);
        var outFile = Path.Combine(Paths.NewTempDir(), "assign.sql");
        var (code, stdout, stderr) = BuildCommandTests.Run("sql", "--model", file, "--dialect", "bigquery", "--table", "proj.crm.customers", "--out", outFile);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(stdout);
        Assert.Contains("wrote " + outFile, stderr, StringComparison.Ordinal);
        Assert.Equal(AssignmentSql.Generate(model, new AssignmentSqlOptions { Dialect = SqlDialect.BigQuery, Table = "proj.crm.customers" }), File.ReadAllText(outFile));
    }

    [Fact]
    public void Sql_WithoutDialectOrTable_IsAUsageError()
    {
        var file = ModelFile(out _);
        var (code, _, stderr) = BuildCommandTests.Run("sql", "--model", file, "--table", "t");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--dialect", stderr, StringComparison.Ordinal);
        (code, _, stderr) = BuildCommandTests.Run("sql", "--model", file, "--dialect", "spark");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--table", stderr, StringComparison.Ordinal);
    }
}
