using System.Globalization;
using Personas.Data;

namespace Personas.Profiling;

/// <summary>
/// Warns when one yes/no or categorical column alone explains most of the split into personas: at least three quarters
/// of the customers are in personas that are each at least 95% one value of it, those personas do not all share one value
/// (the column separates personas), and the column is far from uniform overall (personas that are 100% one gender).
/// Such personas mostly restate that column.
/// </summary>
public static class SplitDrivers
{
    /// <summary>The least share of one value in a persona for it to count as "one value".</summary>
    public const double PureShare = 0.95;

    /// <summary>The warning is given when customers in such pure personas make up at least this share.</summary>
    public const double CoveredShare = 0.75;

    /// <summary>The column's most common value must hold at most this share overall (a column that is nearly constant explains nothing).</summary>
    public const double MaxOverallShare = 0.85;

    /// <summary>The warnings for the given columns, one per column that drives the split.</summary>
    /// <param name="table">The customers.</param>
    /// <param name="labels">The persona label of each row (0-based).</param>
    /// <param name="k">The number of personas.</param>
    /// <param name="columns">The columns to check (categorical or yes/no features).</param>
    /// <returns>The warnings, in column order.</returns>
    public static IReadOnlyList<string> Find(CustomerTable table, IReadOnlyList<int> labels, int k, IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(columns);
        var warnings = new List<string>();
        if (k < 2)
        {
            return warnings;
        }

        foreach (var name in columns)
        {
            if (!table.TryGetColumn(name, out var column) || column.Role is not (ColumnRole.Categorical or ColumnRole.Boolean))
            {
                continue;
            }

            var levels = column.IsNumeric ? ["no", "yes"] : column.Levels;
            var counts = new int[k, levels.Count];
            var sizes = new int[k];
            var totals = new int[levels.Count];
            for (var i = 0; i < labels.Count; i++)
            {
                var code = column.IsNumeric ? (float.IsFinite(column.Numbers.Span[i]) ? (column.Numbers.Span[i] != 0 ? 1 : 0) : -1) : column.Codes.Span[i];
                if (code < 0 || code >= levels.Count)
                {
                    continue;
                }

                counts[labels[i], code]++;
                sizes[labels[i]]++;
                totals[code]++;
            }

            var n = sizes.Sum();
            if (n == 0 || (double)totals.Max() / n > MaxOverallShare)
            {
                continue;
            }

            int Top(int c) => Enumerable.Range(0, levels.Count).MaxBy(l => counts[c, l]);
            var pure = Enumerable.Range(0, k).Where(c => sizes[c] > 0 && (double)counts[c, Top(c)] / sizes[c] >= PureShare).ToArray();
            var covered = pure.Sum(c => sizes[c]);
            if (covered < CoveredShare * n || pure.Select(Top).Distinct().Count() < 2)
            {
                continue;
            }

            var top = Enumerable.Range(0, levels.Count).OrderByDescending(l => totals[l]).First();
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"'{name}' alone drives the split: {pure.Length} of {k} personas ({100.0 * covered / n:0}% of customers) are at least {PureShare * 100:0}% one value of it, although overall '{levels[top]}' holds {100.0 * totals[top] / n:0.#}%. These personas may mostly restate '{name}'; if it should not define them, keep it on the cards only (DescribeOnly, --describe-only {name})."));
        }

        return warnings;
    }
}
