using System.CommandLine;
using System.Globalization;
using Personas.Cli.Options;
using Personas.Data;
using Personas.Model;
using Personas.Reporting;

namespace Personas.Cli.Commands;

/// <summary><c>personas assign</c>: assigns customers to the personas of a saved model.</summary>
internal sealed class AssignCommand
{
    private readonly Option<string> _model = CliOptions.Required("--model", "the persona model (model.persona.json of 'personas build' or 'refresh')", "FILE");
    private readonly Option<string> _customers = CliOptions.Required("--customers", "customer records with the model's columns (missing columns are imputed, unseen categories count as \"other\"; text in a numeric column is a data error)", "FILE");
    private readonly CustomerInputOptions _input = new();
    private readonly Option<double> _minFeatureShare = CoverageOption();
    private readonly Option<string> _out = CliOptions.Required("--out", "the assignments: customer_id,persona_id,persona_name,distance,confidence,is_outlier (the same columns as a build's assignments.csv); FILE's excluded rows go to FILE.exclusions.csv beside it", "FILE.csv");

    /// <summary>The command.</summary>
    public Command Create(CliContext ctx)
    {
        var command = new Command("assign", "Assign customers to the personas of a saved model. confidence = 1 - d1/d2 (nearest vs second-nearest persona: 0 = on the border, 1 = at the centre); is_outlier = farther from its persona than 99% of that persona's training customers.");
        foreach (var o in new Option[] { _model, _customers }.Concat(_input.All(withColumns: false)).Append(_minFeatureShare).Append(_out))
        {
            command.Options.Add(o);
        }

        command.SetAction(r => Run(r, ctx));
        return command;
    }

    /// <summary>--min-feature-share: the least share of the model's columns the data must have (assign and refresh).</summary>
    internal static Option<double> CoverageOption() => new Option<double>("--min-feature-share")
    {
        Description = "the least share (0 to 1) of the model's columns the customer file must have; below it the command fails (exit 1) instead of assigning on imputed values; under half, a warning is printed either way (default: 0, never fail)",
        HelpName = "SHARE",
        DefaultValueFactory = _ => 0,
    }.Bind("PersonaModel.MinFeatureShare");

    private int Run(ParseResult r, CliContext ctx)
    {
        var read = _input.Read(r, DuplicateIdPolicy.KeepFirst);
        var modelFile = InputFiles.Require(r.GetValue(_model)!, "--model");
        var customers = DataSources.Require(r.GetValue(_customers)!, "--customers");
        if (Personas.DuckDB.DuckDbSource.IsParquet(customers))
        {
            DataSources.ForbidTextOptions(r, "Parquet input", _input.Delimiter, _input.DecimalComma);
        }

        using var output = OutputFiles.Open(r.GetValue(_out)!, "--out");
        var outFile = output.FullPath;
        var exclusionsFile = Path.Combine(Path.GetDirectoryName(outFile)!, Path.GetFileNameWithoutExtension(outFile) + ".exclusions.csv");
        var model = PersonaModel.Load(modelFile);
        var table = DataSources.ReadCustomers(customers, read, ctx);
        var coverage = model.CheckCoverage(table, r.GetValue(_minFeatureShare));
        if (coverage.Warning is { } warning)
        {
            ctx.Error.WriteLine("warning: " + warning);
        }

        var assignments = model.AssignAll(table);
        ctx.CancellationToken.ThrowIfCancellationRequested();
        OutputFiles.WriteTogether(
            ctx.CancellationToken,
            (outFile, w => BuildCsv.WriteAssignments(w, table.Ids, assignments, ctx.CancellationToken)),
            (exclusionsFile, w => BuildCsv.WriteExclusions(w, table.Exclusions)));
        var outliers = assignments.Count(a => a.IsOutlier);
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Source}: {table.RowsRead} rows read, {table.RowCount} assigned, {table.Exclusions.Count} excluded; {outliers} outliers"));
        foreach (var g in assignments.GroupBy(a => (a.PersonaId, a.PersonaName)).OrderBy(g => g.Key.PersonaId, PersonaIdComparer.Instance))
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key.PersonaId} {g.Key.PersonaName}: {g.Count()}"));
        }

        ctx.Out.WriteLine($"wrote {outFile} and {Path.GetFileName(exclusionsFile)}");
        return ExitCodes.Ok;
    }
}
