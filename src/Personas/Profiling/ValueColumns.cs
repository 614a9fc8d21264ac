using System.Globalization;
using Personas.Data;

namespace Personas.Profiling;

/// <summary>The customer value used for value shares: one column, a sum of columns, or none (with the reason).</summary>
/// <param name="Label">The name shown on cards (see <see cref="ValueColumns.Label"/>), or null.</param>
/// <param name="Columns">The columns summed.</param>
/// <param name="Values">The value per customer (NaN = unknown), or null when there is none.</param>
/// <param name="Reason">How it was chosen, or why there is none.</param>
internal sealed record ValueSource(string? Label, IReadOnlyList<string> Columns, float[]? Values, string Reason);

/// <summary>Chooses the value column (see <see cref="ProfilingOptions.ValueColumn"/>).</summary>
internal static class ValueColumns
{
    // In order of preference; a word of the column name must start with one of them.
    private static readonly string[] Keywords = ["revenue", "monetary", "sales", "spend", "amount", "charges", "value", "ltv", "clv"];

    // A column named like one of these measures something else than money a customer brings (a score, a rate, a page metric, an average).
    private static readonly HashSet<string> NotMoney = new(StringComparer.Ordinal)
    {
        "score", "rate", "rates", "ratio", "share", "page", "pages", "index", "rank", "avg", "average", "mean", "per", "pct", "percent",
    };

    // The first word of a family of money columns summed into the value (MntWines, MntFruits...).
    private static readonly HashSet<string> FamilyWords = new(StringComparer.Ordinal) { "mnt", "amount", "amt", "spend", "spent", "sales", "revenue" };

    public static ValueSource Find(CustomerTable table, ProfilingOptions options, HashSet<string> outcomes, List<string> notes)
    {
        if (options.ValueColumn is not null && options.ValueColumns is not null)
        {
            throw new ArgumentException("Give either ValueColumn or ValueColumns, not both.", nameof(options));
        }

        if (options.ValueColumn is not null || options.ValueColumns is not null)
        {
            var names = options.ValueColumns ?? [options.ValueColumn!];
            if (names.Count == 0)
            {
                throw new ArgumentException("ValueColumns is empty; give at least one money column.", nameof(options));
            }

            var option = nameof(ProfilingOptions) + "." + (options.ValueColumns is null ? nameof(ProfilingOptions.ValueColumn) : nameof(ProfilingOptions.ValueColumns));
            var columns = names.Select(n => Given(table, n, option)).ToArray();
            return Note(Sum(columns, "given in the options"), notes);
        }

        if (!options.DetectValueColumn)
        {
            return Note(new ValueSource(null, [], null, "no value column: detection is off and none was given"), notes);
        }

        var candidates = table.Columns.Where(c => c.Role == ColumnRole.Numeric && c.IsNumeric && !outcomes.Contains(c.Name) && MostlyNonNegative(c)).ToList();
        foreach (var keyword in Keywords)
        {
            var matches = candidates.Where(c => ColumnWords.Split(c.Name) is var w && w.Any(x => x.StartsWith(keyword, StringComparison.Ordinal)) && !w.Any(NotMoney.Contains)).ToList();
            if (matches.Count > 0)
            {
                var best = matches.FirstOrDefault(c => ColumnWords.Split(c.Name).Contains("total")) ?? matches[0];
                return Note(Sum([best], $"detected from its name, which has '{keyword}'; set ValueColumn or ValueColumns to choose another"), notes);
            }
        }

        var family = candidates.Where(c => ColumnWords.Split(c.Name) is { Length: > 1 } w && FamilyWords.Contains(w[0]))
            .GroupBy(c => ColumnWords.Split(c.Name)[0], StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() >= 2);
        if (family is not null)
        {
            return Note(Sum(family.ToArray(), $"the sum of the {family.Count()} money columns named '{family.Key}...'; set ValueColumn or ValueColumns to choose another"), notes);
        }

        return Note(new ValueSource(null, [], null, "no value column: no numeric column is named like revenue, monetary, sales, spend, amount, charges or value (scores, rates, page metrics and averages are not customer value), and no family of money columns such as Mnt* was found; give ValueColumn or ValueColumns (--value-column, --value-columns) for value shares"), notes);
    }

    private static CustomerColumn Given(CustomerTable table, string name, string option)
    {
        if (!table.TryGetColumn(name, out var c))
        {
            throw Features.FeaturePlan.UnknownColumn(table, option, name);
        }

        if (!c.IsNumeric || c.Role is not (ColumnRole.Numeric or ColumnRole.Ignored))
        {
            throw new OptionValueException(option, name, $"a numeric money column (it is {c.Role.ToString().ToLowerInvariant()})");
        }

        return c;
    }

    private static ValueSource Sum(CustomerColumn[] columns, string why)
    {
        var n = columns[0].Length;
        var values = new float[n];
        for (var i = 0; i < n; i++)
        {
            var known = false;
            var sum = 0.0;
            foreach (var c in columns)
            {
                var v = c.Numbers.Span[i];
                if (float.IsFinite(v))
                {
                    known = true;
                    sum += v;
                }
            }

            values[i] = known ? (float)sum : float.NaN;
        }

        var names = columns.Select(c => c.Name).ToArray();
        return new ValueSource(Label(names), names, values, why);
    }

    /// <summary>
    /// The value's name on cards: the column, two columns joined with " + ", or for more a shared prefix with the count
    /// (<c>Mnt* (6 columns)</c>), else the first column and the count (<c>spend_food + 3 more columns</c>).
    /// </summary>
    internal static string Label(IReadOnlyList<string> names)
    {
        if (names.Count <= 2)
        {
            return string.Join(" + ", names);
        }

        var prefix = names[0];
        foreach (var name in names.Skip(1))
        {
            var i = 0;
            while (i < prefix.Length && i < name.Length && prefix[i] == name[i])
            {
                i++;
            }

            prefix = prefix[..i];
        }

        prefix = prefix.TrimEnd('_', '-', ' ', '.');
        return prefix.Length >= 2 && prefix.Any(char.IsLetter)
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}* ({names.Count} columns)")
            : string.Create(CultureInfo.InvariantCulture, $"{names[0]} + {names.Count - 1} more columns");
    }

    private static ValueSource Note(ValueSource source, List<string> notes)
    {
        notes.Add(source.Label is null ? $"Value column: none ({source.Reason})." : $"Value column: '{source.Label}' ({source.Reason}).");
        return source;
    }

    private static bool MostlyNonNegative(CustomerColumn c)
    {
        int negative = 0, known = 0;
        foreach (var v in c.Numbers.Span)
        {
            if (float.IsFinite(v))
            {
                known++;
                negative += v < 0 ? 1 : 0;
            }
        }

        return known > 0 && negative <= 0.05 * known;
    }
}
