using System.CommandLine;
using Personas.Data;
using Personas.DuckDB;
using Personas.Journeys;

namespace Personas.Cli.Options;

/// <summary>
/// Input files that may be Parquet: a <c>.parquet</c> file, a folder of them or a glob is read through embedded DuckDB
/// with the same rules as delimited text; anything else is read as delimited text.
/// </summary>
internal static class DataSources
{
    /// <summary>Checks an input before any work: a readable file, or a folder or glob that matches Parquet files.</summary>
    /// <exception cref="CliInputException">Nothing readable is there.</exception>
    public static string Require(string path, string option)
    {
        if (!DuckDbSource.IsParquet(path) || File.Exists(path))
        {
            return InputFiles.Require(path, option);
        }

        try
        {
            _ = DuckDbSource.Parquet(path).ResolveFiles();
            return path;
        }
        catch (PersonasDataException e)
        {
            throw new CliInputException($"{option} {SafeTerminalWriter.Neutralise(path)}: {e.Expected}");
        }
    }

    /// <summary>The files to record (with size and hash) for an input: its Parquet files, or the file itself.</summary>
    public static IEnumerable<string> Files(string path) => DuckDbSource.IsParquet(path) ? DuckDbSource.Parquet(path).ResolveFiles() : [path];

    /// <summary>The delimited-text options do not apply to Parquet or a query: a usage error rather than an ignored option.</summary>
    public static void ForbidTextOptions(ParseResult r, string what, params Option[] textOptions)
    {
        var names = textOptions.Where(o => r.Given(o)).Select(o => o.Name).ToList();
        if (names.Count > 0)
        {
            throw new UsageException($"{string.Join(", ", names)} {(names.Count == 1 ? "applies" : "apply")} to delimited text, not to {what} (whose columns are typed); leave {(names.Count == 1 ? "it" : "them")} out");
        }
    }

    public static CustomerTable ReadCustomers(string path, CustomerReadOptions read, CliContext ctx) => DuckDbSource.IsParquet(path)
        ? DuckDbReader.ReadCustomers(DuckDbSource.Parquet(path), read, ctx.Progress, ctx.CancellationToken)
        : CustomerReader.ReadFile(path, read, ctx.Progress, ctx.CancellationToken);

    /// <summary>A build trained on a sample of a customer file (CSV, or Parquet through DuckDB); every row is assigned when it is saved.</summary>
    public static PersonaBuildResult BuildFromSample(string path, TrainingSampleOptions sample, CustomerReadOptions read, PersonaBuildOptions options, CliContext ctx) => DuckDbSource.IsParquet(path)
        ? DuckDbReader.BuildFromSample(DuckDbSource.Parquet(path), sample, read, options, ctx.Progress, ctx.CancellationToken)
        : PersonaBuilder.BuildFromSample(path, sample, read, options, ctx.Progress, ctx.CancellationToken);

    /// <summary>Transactions aggregated per customer in this process, or inside DuckDB (<paramref name="inDuckDb"/>, --transactions-engine duckdb).</summary>
    public static CustomerTable ReadTransactions(string path, TransactionOptions options, CliContext ctx, bool inDuckDb = false) => inDuckDb
        ? DuckDbReader.AggregateTransactions(DuckDbSource.IsParquet(path) ? DuckDbSource.Parquet(path) : DuckDbSource.DelimitedText(path, options.Delimiter), options, ctx.Progress, ctx.CancellationToken)
        : DuckDbSource.IsParquet(path)
            ? DuckDbReader.ReadTransactions(DuckDbSource.Parquet(path), options, ctx.Progress, ctx.CancellationToken)
            : TransactionReader.ReadFile(path, options, ctx.Progress, ctx.CancellationToken);

    public static EventLog ReadEvents(string path, EventReadOptions options, CliContext ctx) => DuckDbSource.IsParquet(path)
        ? DuckDbReader.ReadEvents(DuckDbSource.Parquet(path), options, ctx.Progress, ctx.CancellationToken)
        : EventLogReader.ReadFile(path, options, ctx.Progress, ctx.CancellationToken);
}
