using System.Globalization;
using Personas.Data;
using Personas.Data.Parsing;
using Personas.Model;

namespace Personas.Reporting;

/// <summary>
/// The streaming pass of a build trained on a sample: every input record is read again, assigned with the model
/// (<see cref="PersonaModel.Assign(IReadOnlyDictionary{string, string})"/>, the stored feature plan), written to
/// assignments.csv, and counted into the persona sizes and column sums. Memory: one record and the per-persona sums.
/// </summary>
internal static class SampleAssignments
{
    public static (SampleTotals Totals, List<ExcludedRow> Exclusions) Write(TextWriter writer, PersonaBuildResult result, PersonaModel model, CancellationToken ct)
    {
        var sample = result.Sample ?? throw new InvalidOperationException("not a sampled build");
        var header = sample.Header;
        var idCol = result.Table.IdColumn is { } idName ? Array.IndexOf(header, idName) : -1;
        var needed = model.Plan.SourceColumns.Select(c => (Name: c, Index: Array.IndexOf(header, c))).Where(c => c.Index >= 0).ToArray();
        var numeric = result.Table.Columns.Where(c => c.IsNumeric && c.Name != result.Table.IdColumn)
            .Select(c => (c.Name, Index: Array.IndexOf(header, c.Name))).Where(c => c.Index >= 0).ToArray();
        var personas = result.Personas.Personas;
        var personaIndex = personas.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var k = personas.Count;
        var sizes = new long[k];
        var sums = new double[k * numeric.Length];
        var counts = new long[k * numeric.Length];
        var exclusions = new List<ExcludedRow>();
        var record = new Dictionary<string, string?>(StringComparer.Ordinal);
        var decimalComma = sample.Read.DecimalComma;
        long assigned = 0;
        long position = -1;
        writer.Write(BuildCsv.AssignmentsHeader);
        writer.Write('\n');
        using var records = sample.Open();
        while (records.ReadRecord())
        {
            position++;
            if ((position & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var line = records.RecordLine;
            if (records.IsBlankRecord)
            {
                exclusions.Add(new ExcludedRow(line, null, "blank line"));
                continue;
            }

            if (records.FieldCount != header.Length)
            {
                exclusions.Add(new ExcludedRow(line, null, $"expected {header.Length} fields like the header, found {records.FieldCount}"));
                continue;
            }

            var id = idCol >= 0 ? records.Field(idCol).Trim().ToString() : (position + 1).ToString(CultureInfo.InvariantCulture);
            if (idCol >= 0 && NumberParser.IsMissing(id))
            {
                exclusions.Add(new ExcludedRow(line, null, $"column '{header[idCol]}': expected a customer id, found an empty cell"));
                continue;
            }

            foreach (var (name, index) in needed)
            {
                record[name] = records.Field(index).ToString();
            }

            PersonaAssignment a;
            try
            {
                a = model.Assign(record);
            }
            catch (PersonasDataException e)
            {
                exclusions.Add(new ExcludedRow(line, id, (e.Column is null ? string.Empty : $"column '{e.Column}': ") + e.Expected + (e.Found is null ? string.Empty : $", found '{PersonasDataException.Shorten(e.Found)}'")));
                continue;
            }

            if (!personaIndex.TryGetValue(a.PersonaId, out var p))
            {
                exclusions.Add(new ExcludedRow(line, id, "no persona: a feature value is not a finite number"));
                continue;
            }

            sizes[p]++;
            assigned++;
            for (var j = 0; j < numeric.Length; j++)
            {
                if (NumberParser.Parse(records.Field(numeric[j].Index), decimalComma, out var v) == CellKind.Number)
                {
                    sums[(p * numeric.Length) + j] += v;
                    counts[(p * numeric.Length) + j]++;
                }
            }

            BuildCsv.Row(writer, id, a.PersonaId, a.PersonaName, a.Distance, a.Confidence, a.IsOutlier);
        }

        var means = new double?[k][];
        for (var p = 0; p < k; p++)
        {
            means[p] = new double?[numeric.Length];
            for (var j = 0; j < numeric.Length; j++)
            {
                var n = counts[(p * numeric.Length) + j];
                means[p][j] = n > 0 ? sums[(p * numeric.Length) + j] / n : null;
            }
        }

        var totals = new SampleTotals(assigned, exclusions.Count, [.. personas.Select(x => x.Id)], sizes, [.. numeric.Select(c => c.Name)], means);
        return (totals, exclusions);
    }
}
