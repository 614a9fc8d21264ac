using System.Globalization;
using System.Text;
using Personas.Data;
using Personas.Model;
using Personas.Reporting;

namespace Personas.Cli.Commands;

/// <summary><c>personas assign</c>: assigns customers to the personas of a saved model.</summary>
internal static class AssignCommand
{
    public const string Usage = "personas assign --model FILE --customers FILE --out FILE.csv";

    private const string Help = """
        personas assign: assign customers to the personas of a saved model (model.persona.json of 'personas build').

          --model FILE        the persona model
          --customers FILE    customer records with the model's columns (missing columns are imputed, unseen
                              categories count as "other"; text in a numeric column is a data error)
          --id COL            the id column (default: detected)
          --delimiter C       override delimiter detection
          --out FILE.csv      customer_id,persona_id,persona_name,distance,confidence,is_outlier

        confidence = 1 - d1/d2 (nearest vs second-nearest persona: 0 = on the border, 1 = at the centre);
        is_outlier = farther from its persona than 99% of that persona's training customers.

        """;

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags("decimal-comma"), Run);

    private static int Run(CliArgs args, CliContext ctx)
    {
        var modelFile = args.Require("model");
        var customers = args.Require("customers");
        var outFile = args.Require("out");
        var read = new CustomerReadOptions
        {
            IdColumn = args.Get("id"),
            Delimiter = BuildCommand.ParseDelimiter(args.Get("delimiter")),
            DecimalComma = args.Has("decimal-comma"),
            DuplicateIds = DuplicateIdPolicy.KeepFirst,
        };
        args.EnsureAllUsed();

        var model = PersonaModel.Load(modelFile);
        var table = CustomerReader.ReadFile(customers, read, ctx.Progress, ctx.CancellationToken);
        var assignments = model.AssignAll(table);
        var sb = new StringBuilder("customer_id,persona_id,persona_name,distance,confidence,is_outlier\n");
        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            sb.Append(SafeText.CsvCell(table.Ids[i])).Append(',')
              .Append(SafeText.CsvCell(a.PersonaId)).Append(',')
              .Append(SafeText.CsvCell(a.PersonaName)).Append(',')
              .Append(a.Distance.ToString("0.######", CultureInfo.InvariantCulture)).Append(',')
              .Append(a.Confidence.ToString("0.####", CultureInfo.InvariantCulture)).Append(',')
              .Append(a.IsOutlier ? "true" : "false").Append('\n');
        }

        var full = Path.GetFullPath(outFile);
        using var output = new OutputFolder(Path.GetDirectoryName(full)!);
        output.WriteText(Path.GetFileName(full), sb.ToString());
        if (table.Exclusions.Count > 0)
        {
            output.WriteText(Path.GetFileNameWithoutExtension(full) + ".exclusions.csv", BuildCsv.Exclusions(table.Exclusions));
        }

        output.Commit();
        var outliers = assignments.Count(a => a.IsOutlier);
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Source}: {table.RowsRead} rows read, {table.RowCount} assigned, {table.Exclusions.Count} excluded; {outliers} outliers"));
        foreach (var g in assignments.GroupBy(a => (a.PersonaId, a.PersonaName)).OrderBy(g => g.Key.PersonaId, StringComparer.Ordinal))
        {
            ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key.PersonaId} {g.Key.PersonaName}: {g.Count()}"));
        }

        ctx.Out.WriteLine($"wrote {full}");
        return CliApp.Ok;
    }
}
