using System.Globalization;
using Personas.Data;

namespace Personas.Features;

/// <content>Learning a plan from a table.</content>
public sealed partial class FeaturePlan
{
    /// <summary>Learns a feature plan from a table (see the class remarks for the encoding rule).</summary>
    /// <param name="table">The customer table.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Stops learning between columns.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">A weight is negative or not finite, or names a column the table lacks, or an option is out of range.</exception>
    /// <exception cref="PersonasDataException">No column is usable as a feature.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static FeaturePlan Learn(CustomerTable table, FeatureOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new FeatureOptions();
        Validate(table, options);
        var include = options.Columns is null ? null : new HashSet<string>(options.Columns, StringComparer.Ordinal);
        var exclude = options.Exclude is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(options.Exclude, StringComparer.Ordinal);
        var decisions = new List<string>();
        var planned = new List<PlannedColumn>();
        var next = 0;
        foreach (var column in table.Columns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((include is not null && !include.Contains(column.Name)) || exclude.Contains(column.Name))
            {
                continue;
            }

            if (column.Role is ColumnRole.Id or ColumnRole.Text or ColumnRole.Constant or ColumnRole.Ignored)
            {
                decisions.Add($"{column.Name}: role {column.Role}, not a feature");
                continue;
            }

            var weight = options.Weights is not null && options.Weights.TryGetValue(column.Name, out var w) ? w : 1.0;
            if (weight == 0)
            {
                decisions.Add($"{column.Name}: weight 0, not a feature");
                continue;
            }

            var pc = column.IsNumeric
                ? LearnNumeric(column, options, weight, next, decisions)
                : LearnCategorical(column, weight, next, decisions);
            if (pc is null)
            {
                continue;
            }

            if (weight != 1)
            {
                decisions.Add($"{column.Name}: weight {Num(weight)}");
            }

            planned.Add(pc);
            next += pc.FeatureNames.Count;
        }

        if (planned.Count == 0)
        {
            throw new PersonasDataException(table.Source, null, null, null, "at least one usable feature column (numeric, boolean, date or categorical with two or more values)");
        }

        return new FeaturePlan(planned, decisions, options);
    }

    private static void Validate(CustomerTable table, FeatureOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MissingIndicatorThreshold, nameof(options));
        if (options.Weights is null)
        {
            return;
        }

        foreach (var (name, w) in options.Weights)
        {
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentException($"The weight of column '{name}' must be a finite number >= 0, found {Num(w)}.", nameof(options));
            }

            if (!table.TryGetColumn(name, out _))
            {
                throw new ArgumentException($"A weight is given for column '{name}', which {table.Source} does not have; columns are: {string.Join(", ", table.Columns.Select(c => c.Name))}.", nameof(options));
            }
        }
    }

    private static PlannedColumn? LearnNumeric(CustomerColumn column, FeatureOptions options, double weight, int first, List<string> decisions)
    {
        var raw = column.NumberArray!;
        var n = raw.Length;
        var present = new List<double>(n);
        foreach (var v in raw)
        {
            if (float.IsFinite(v))
            {
                present.Add(v);
            }
        }

        var missing = n - present.Count;
        if (present.Count == 0)
        {
            decisions.Add($"{column.Name}: all {n} values missing, dropped");
            return null;
        }

        var sorted = present.ToArray();
        Array.Sort(sorted);
        var median = Stats.QuantileSorted(sorted, 0.5);
        var indicator = n > 0 && (double)missing / n > options.MissingIndicatorThreshold;
        if (missing > 0)
        {
            decisions.Add($"{column.Name}: {missing} missing ({Pct((double)missing / n)}), imputed with median {Num(median)}"
                + (indicator ? $", plus a missing-indicator feature '{column.Name} (missing)' (more than {Pct(options.MissingIndicatorThreshold)} missing)" : string.Empty));
        }

        var log = false;
        if (options.AutoLog && column.Role == ColumnRole.Numeric && sorted[0] >= 0)
        {
            var skew = Stats.Skewness(sorted);
            if (skew > options.SkewnessThreshold)
            {
                log = true;
                decisions.Add($"{column.Name}: right-skewed (skewness {skew.ToString("0.##", CultureInfo.InvariantCulture)}), log1p applied");
            }
        }

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = float.IsFinite(raw[i]) ? raw[i] : median;
            x[i] = log ? Math.Log(1 + v) : v;
        }

        var (mean, sd) = Stats.MeanSd(x);
        if (!(sd > 1e-12 * Math.Max(1, Math.Abs(mean))))
        {
            decisions.Add($"{column.Name}: constant (zero variance{(missing > 0 ? " after imputation" : string.Empty)}), dropped");
            return null;
        }

        double center = 0, scale = 1;
        switch (options.Scaling)
        {
            case ScalingMethod.ZScore:
                (center, scale) = (mean, sd);
                break;
            case ScalingMethod.Robust:
                Array.Sort(x);
                center = Stats.QuantileSorted(x, 0.5);
                scale = Stats.QuantileSorted(x, 0.75) - Stats.QuantileSorted(x, 0.25);
                if (!(scale > 0))
                {
                    scale = sd;
                    decisions.Add($"{column.Name}: interquartile range is 0, scaled by the standard deviation {Num(sd)} instead");
                }

                break;
        }

        double indCenter = 0, indScale = 1;
        if (indicator && options.Scaling != ScalingMethod.None)
        {
            // A 0/1 indicator has no useful IQR, so robust scaling also uses its mean and standard deviation.
            var share = (double)missing / n;
            indCenter = share;
            indScale = share < 1 ? Math.Sqrt(share * (1 - share)) : 1;
        }

        var names = indicator ? new[] { column.Name, column.Name + " (missing)" } : new[] { column.Name };
        return new PlannedColumn
        {
            Name = column.Name,
            Role = column.Role,
            Kind = FeatureKind.Numeric,
            ImputeValue = median,
            MissingCount = missing,
            MissingIndicator = indicator,
            Log1p = log,
            Center = center,
            Scale = scale,
            IndicatorCenter = indCenter,
            IndicatorScale = indScale,
            Weight = weight,
            FirstFeature = first,
            FeatureNames = names,
        };
    }

    private static PlannedColumn? LearnCategorical(CustomerColumn column, double weight, int first, List<string> decisions)
    {
        var codes = column.CodeArray!;
        var n = codes.Length;
        var counts = new int[column.Levels.Count];
        var missing = 0;
        foreach (var c in codes)
        {
            if (c >= 0 && c < counts.Length)
            {
                counts[c]++;
            }
            else
            {
                missing++;
            }
        }

        var levels = new List<string>();
        var shares = new List<double>();
        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] > 0)
            {
                levels.Add(column.Levels[l]);
                shares.Add((double)counts[l] / n);
            }
        }

        if (missing > 0)
        {
            levels.Add(MissingLevel);
            shares.Add((double)missing / n);
            decisions.Add($"{column.Name}: {missing} missing ({Pct((double)missing / n)}), encoded as level '{MissingLevel}'");
        }

        if (levels.Count < 2)
        {
            decisions.Add($"{column.Name}: a single value{(levels.Count == 1 ? $" '{levels[0]}'" : string.Empty)}, constant, dropped");
            return null;
        }

        var scale = Math.Sqrt(shares.Sum(p => p * (1 - p)));
        decisions.Add($"{column.Name}: categorical with {levels.Count} levels, one-hot block scaled to total variance 1 (counts like one numeric column)");
        return new PlannedColumn
        {
            Name = column.Name,
            Role = column.Role,
            Kind = FeatureKind.Categorical,
            MissingCount = missing,
            Scale = scale,
            Levels = levels,
            LevelShares = shares,
            Weight = weight,
            FirstFeature = first,
            FeatureNames = levels.Select(l => column.Name + "=" + l).ToArray(),
        };
    }
}
