using Personas.Data;
using Personas.Features;

namespace Personas.Profiling;

/// <summary>
/// Profiles a fact recorded in several columns once (see <see cref="ProfilingOptions.MergedFacts"/>): a yes/no column per
/// fact, and in its member columns the marked customers as missing ("not applicable").
/// </summary>
internal static class MergedFactColumns
{
    public static List<CustomerColumn> Apply(CustomerTable table, List<CustomerColumn> columns, IReadOnlyDictionary<string, IReadOnlyList<IndicatorSource>>? facts, List<string> notes)
    {
        if (facts is not { Count: > 0 })
        {
            return columns;
        }

        var n = table.RowCount;
        var bySource = facts.SelectMany(f => f.Value).GroupBy(s => s.Column, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var result = new List<CustomerColumn>();
        foreach (var c in columns)
        {
            if (!bySource.TryGetValue(c.Name, out var sources))
            {
                result.Add(c);
            }
            else if (c.Role == ColumnRole.Boolean)
            {
                notes.Add($"'{c.Name}' is not profiled on its own: all it records is the merged fact '{facts.First(f => f.Value.Any(s => s.Column == c.Name)).Key}'.");
            }
            else if (c.NumberArray is { } x)
            {
                var values = sources.Where(s => s.Value is not null).Select(s => (float)s.Value!.Value).ToArray();
                result.Add(CustomerColumn.FromNumbers(c.Name, c.Role, [.. x.Select(v => values.Contains(v) ? float.NaN : v)], c.Reason));
            }
            else
            {
                // A merged "(missing)" level is missing already.
                var codes = sources.Where(s => s.Level is not null).Select(s => IndexOf(c.Levels, s.Level!)).Where(i => i >= 0).ToArray();
                result.Add(CustomerColumn.FromCodes(c.Name, [.. c.CodeArray!.Select(code => codes.Contains(code) ? -1 : code)], c.Levels, c.Reason, c.Role));
            }
        }

        foreach (var (label, sources) in facts)
        {
            var hits = new float[n];
            foreach (var s in sources)
            {
                if (!table.TryGetColumn(s.Column, out var column))
                {
                    continue;
                }

                var code = s.Level is not null && !column.IsNumeric ? IndexOf(column.Levels, s.Level) : -2;
                for (var i = 0; i < n; i++)
                {
                    var holds = s.Level is not null
                        ? !column.IsNumeric && (code >= 0 ? column.CodeArray![i] == code : s.Level == FeaturePlan.MissingLevel && column.CodeArray![i] < 0)
                        : column.NumberArray is { } x && x[i] == s.Value;
                    if (holds)
                    {
                        hits[i] = 1;
                    }
                }
            }

            result.Add(CustomerColumn.FromNumbers(label, ColumnRole.Boolean, hits, $"one fact recorded in {sources.Count} columns"));
            notes.Add($"'{label}' is profiled once, as one yes/no trait; in {string.Join(", ", sources.Select(s => s.Column).Distinct(StringComparer.Ordinal))} those customers count as not applicable.");
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (var l = 0; l < levels.Count; l++)
        {
            if (string.Equals(levels[l], level, StringComparison.Ordinal))
            {
                return l;
            }
        }

        return -1;
    }
}
