using System.CommandLine;
using System.Globalization;
using Personas.Cli.Options;
using Personas.Model;
using Personas.Sql;

namespace Personas.Cli.Commands;

/// <summary><c>personas sql</c>: the assignment of a saved model as one SQL query for the customer's own engine.</summary>
internal sealed class SqlCommand
{
    private static readonly string[] Dialects = Enum.GetValues<SqlDialect>().Select(SqlSyntax.Name).ToArray();
    private static readonly AssignmentSqlOptions Defaults = new() { Table = "customers" };

    private readonly Option<string> _model = CliOptions.Required("--model", "the persona model (model.persona.json of 'personas build' or 'refresh')", "FILE");
    private readonly Option<string> _dialect = new Option<string>("--dialect")
    {
        Description = "the engine: duckdb and postgres are tested against live engines, spark, bigquery and snowflake by golden files (bigquery and snowflake have no 32-bit float: distances agree to about 1e-7), ansi is ISO SQL",
        HelpName = string.Join('|', Dialects),
        Required = true,
    }.Bind("AssignmentSqlOptions.Dialect");

    private readonly Option<string> _table = CliOptions.Required("--table", "the table or view with one row per customer and the model's columns; a dotted name (schema.table) is quoted part by part", "TABLE").Bind("AssignmentSqlOptions.Table");
    private readonly Option<string?> _id = CliOptions.Text("--id", "the customer id column, returned as customer_id", "COLUMN", Defaults.IdColumn).Bind("AssignmentSqlOptions.IdColumn");
    private readonly Option<string?> _out = CliOptions.Text("--out", "the file to write the query to", "FILE.sql", "standard output");

    public SqlCommand()
    {
        _dialect.CompletionSources.Add(Dialects);
        _dialect.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !Dialects.Contains(result.Tokens[^1].Value, StringComparer.Ordinal))
            {
                result.AddError($"option --dialect: expected {string.Join(", ", Dialects[..^1])} or {Dialects[^1]}, found '{SafeTerminalWriter.Neutralise(result.Tokens[^1].Value)}'");
            }
        });
    }

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("sql", "Write one SQL query that assigns every customer of a table to the model's personas exactly as 'personas assign' does (returns customer_id, persona_id, persona_name, distance, confidence, is_outlier), to run as a scheduled query where the data lives. See docs/scale.md.");
        foreach (var o in new Option[] { _model, _dialect, _table, _id, _out })
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        var options = Defaults with
        {
            Dialect = Enum.GetValues<SqlDialect>().Single(d => SqlSyntax.Name(d) == r.GetValue(_dialect)),
            Table = r.GetValue(_table)!,
            IdColumn = r.GetValue(_id) ?? Defaults.IdColumn,
        };
        options.Validate();
        var modelFile = InputFiles.Require(r.GetValue(_model)!, "--model");
        using var output = r.GetValue(_out) is { } path ? OutputFiles.Open(path, "--out") : null;
        var model = PersonaModel.Load(modelFile);
        string sql;
        try
        {
            sql = AssignmentSql.Generate(model, options);
        }
        catch (NotSupportedException e)
        {
            throw new UsageException("--dialect ansi: " + e.Message);
        }

        if (output is null)
        {
            ctx.Out.Write(sql);
            return ExitCodes.Ok;
        }

        OutputFiles.WriteTogether(ctx.CancellationToken, (output.FullPath, w => w.Write(sql)));
        ctx.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output.FullPath}: {SqlSyntax.Name(options.Dialect)} query for {model.Personas.Count} personas over {model.Plan.Columns.Count} columns of {options.Table}"));
        return ExitCodes.Ok;
    }
}
