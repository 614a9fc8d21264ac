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
    /// <exception cref="ArgumentException">A weight is negative or not finite, an option names a column the table lacks or names one column in two roles, or an option is out of range.</exception>
    /// <exception cref="PersonasDataException">No column is usable as a feature.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static FeaturePlan Learn(CustomerTable table, FeatureOptions? options = null, CancellationToken cancellationToken = default) => LearnWith(table, options, null, cancellationToken);

    /// <summary>Learns a plan with columns examined in parallel on at most <paramref name="maxDegreeOfParallelism"/> threads (null: all cores); the plan does not depend on it.</summary>
    internal static FeaturePlan LearnWith(CustomerTable table, FeatureOptions? options, int? maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new FeatureOptions();
        Validate(table, options);
        var include = options.Columns is null ? null : new HashSet<string>(options.Columns, StringComparer.Ordinal);
        var exclude = options.Exclude is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(options.Exclude, StringComparer.Ordinal);
        var describe = options.DescribeOnly is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(options.DescribeOnly, StringComparer.Ordinal);
        var decisions = new List<string>();
        var outcomes = OutcomeDetector.Find(table, options, decisions);
        var outcomeNames = outcomes.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var planned = new List<PlannedColumn>();
        var implausible = new List<ImplausibleValues>();
        var sentinelRows = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        // Each column is learned on its own (in parallel, into its own lists); decisions, implausible values and
        // sentinel rows are then put together in column order, so the plan does not depend on the thread count.
        var learned = new (PlannedColumn? Column, List<string> Decisions, List<ImplausibleValues> Implausible, Dictionary<string, bool[]> SentinelRows)[table.Columns.Count];
        // Scratch arrays of row length are shared through a pool, one per column being learned at a time (no 80 MB array
        // per column of a ten-million-row table left for the garbage collector; Parallel.For's thread-local state is
        // not enough: its workers are replaced every time slice, each with new local state).
        // At most one column per core at a time: the thread pool may add threads to a loaded machine, and every column in
        // flight holds a scratch array (ten million rows: 80 MB).
        var scratchPool = new System.Collections.Concurrent.ConcurrentBag<Scratch>();
        Parallel.For(0, learned.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken }, c =>
        {
            if (!scratchPool.TryTake(out var scratch))
            {
                scratch = new Scratch();
            }

            var local = (Column: (PlannedColumn?)null, Decisions: new List<string>(), Implausible: new List<ImplausibleValues>(), SentinelRows: new Dictionary<string, bool[]>(StringComparer.Ordinal));
            local.Column = LearnColumn(table.Columns[c], options, include, exclude, describe, outcomeNames, local.Decisions, local.Implausible, local.SentinelRows, scratch);
            learned[c] = local;
            scratchPool.Add(scratch);
        });
        foreach (var (column, localDecisions, localImplausible, localSentinels) in learned)
        {
            decisions.AddRange(localDecisions);
            implausible.AddRange(localImplausible);
            foreach (var (name, rows) in localSentinels)
            {
                sentinelRows[name] = rows;
            }

            if (column is not null)
            {
                planned.Add(column);
            }
        }

        if (options.MergeRepeatedLevels)
        {
            planned = MergeRepeated(table, planned, sentinelRows, options, decisions);
        }

        planned = planned.Select(pc => CapRareFlag(pc, table, options, decisions)).ToList();
        if (planned.Count == 0)
        {
            throw new PersonasDataException(table.Source, null, null, null, "at least one usable feature column (numeric, boolean, date or categorical with two or more values)");
        }

        var next = 0;
        for (var i = 0; i < planned.Count; i++)
        {
            planned[i] = planned[i] with { FirstFeature = next };
            next += planned[i].FeatureNames.Count;
        }

        return new FeaturePlan(planned, decisions, options) { Outcomes = outcomes, DescribeOnly = describe.Order(StringComparer.Ordinal).ToArray(), Implausible = implausible };
    }

    /// <summary>Replaces each fact recorded in several columns by one indicator; its columns are learned again with that fact at their centre.</summary>
    private static List<PlannedColumn> MergeRepeated(CustomerTable table, List<PlannedColumn> planned, Dictionary<string, bool[]> sentinelRows, FeatureOptions options, List<string> decisions)
    {
        var forced = options.ForcedFeatures is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(options.ForcedFeatures, StringComparer.Ordinal);
        var (indicators, neutral) = RepeatedLevels.Find(table, planned, sentinelRows, forced, decisions);
        if (indicators.Count == 0)
        {
            return planned;
        }

        var scratch = new List<string>();
        var result = new List<PlannedColumn>();
        foreach (var pc in planned)
        {
            if (!neutral.TryGetValue(pc.Name, out var spec))
            {
                result.Add(pc);
                continue;
            }

            var column = table[pc.Name];
            var again = pc.Kind == FeatureKind.Categorical
                ? LearnCategorical(column, pc.Weight, scratch, spec.Levels)
                : pc.Role == ColumnRole.Boolean ? null : LearnNumeric(column, options, pc.Weight, scratch, [], [], spec.Value, new Scratch());
            if (again is null)
            {
                decisions.Add($"{pc.Name}: every value it adds is carried by the merged indicator, dropped");
                continue;
            }

            // A merged sentinel still means "missing" (for profiling); it sits at the centre and the merged indicator carries it.
            result.Add(pc.Sentinel is { } sentinel && sentinel == spec.Value ? again with { Sentinel = sentinel } : again);
        }

        result.AddRange(indicators);
        return result;
    }

    private static PlannedColumn? LearnColumn(CustomerColumn column, FeatureOptions options, HashSet<string>? include, HashSet<string> exclude, HashSet<string> describe, HashSet<string> outcomeNames, List<string> decisions, List<ImplausibleValues> implausible, Dictionary<string, bool[]> sentinelRows, Scratch scratch)
    {
        if ((include is not null && !include.Contains(column.Name)) || exclude.Contains(column.Name) || outcomeNames.Contains(column.Name))
        {
            return null;
        }

        if (column.Role is ColumnRole.Id or ColumnRole.Text or ColumnRole.Constant or ColumnRole.Ignored)
        {
            decisions.Add($"{column.Name}: role {column.Role}, not a feature");
            return null;
        }

        if (describe.Contains(column.Name))
        {
            decisions.Add($"{column.Name}: describe-only (set in the options): not a feature, still profiled on the cards");
            return null;
        }

        var weight = options.Weights is not null && options.Weights.TryGetValue(column.Name, out var w) ? w : 1.0;
        if (weight == 0)
        {
            decisions.Add($"{column.Name}: weight 0, not a feature");
            return null;
        }

        var pc = column.IsNumeric
            ? LearnNumeric(column, options, weight, decisions, implausible, sentinelRows, null, scratch)
            : LearnCategorical(column, weight, decisions, []);
        if (pc is not null && weight != 1)
        {
            decisions.Add($"{column.Name}: weight {Num(weight)}");
        }

        return pc;
    }

    private static void Validate(CustomerTable table, FeatureOptions options)
    {
        options.Validate();

        foreach (var (option, names) in new[] { (nameof(FeatureOptions.Outcomes), options.Outcomes), (nameof(FeatureOptions.ForcedFeatures), options.ForcedFeatures), (nameof(FeatureOptions.DescribeOnly), options.DescribeOnly), (nameof(FeatureOptions.Sentinels), options.Sentinels?.Keys), (nameof(FeatureOptions.Weights), options.Weights?.Keys) })
        {
            foreach (var name in names ?? [])
            {
                if (!table.TryGetColumn(name, out _))
                {
                    throw UnknownColumn(table, nameof(FeatureOptions) + "." + option, name);
                }
            }
        }

        foreach (var (name, value) in options.Sentinels ?? new Dictionary<string, double>())
        {
            if (!table[name].IsNumeric || table[name].Role != ColumnRole.Numeric)
            {
                throw new OptionValueException(nameof(FeatureOptions) + "." + nameof(FeatureOptions.Sentinels), $"{name}={Num(value)}", $"a numeric column ('{name}' is {table[name].Role.ToString().ToLowerInvariant()})");
            }
        }

    }

    /// <summary>An option names a column the table lacks: the error names the option, the column and the table's columns.</summary>
    internal static OptionValueException UnknownColumn(CustomerTable table, string option, string column) =>
        new(option, column, $"a column of {table.Source} ({string.Join(", ", table.Columns.Select(c => c.Name))})");

    private static PlannedColumn? LearnNumeric(CustomerColumn column, FeatureOptions options, double weight, List<string> decisions, List<ImplausibleValues> implausible, Dictionary<string, bool[]> sentinelRows, double? neutral, Scratch work)
    {
        var raw = column.NumberArray!;
        var n = raw.Length;

        // The worker's scratch array of n doubles (ten million rows: 80 MB): first the sorted present values, then the
        // transformed values; no lists that double and no copies.
        var presentCount = 0;
        var neutralCount = 0;
        foreach (var v in raw)
        {
            if (v == neutral)
            {
                neutralCount++;
            }
            else if (float.IsFinite(v))
            {
                presentCount++;
            }
        }

        var missing = n - presentCount - neutralCount;
        if (presentCount == 0)
        {
            decisions.Add($"{column.Name}: all {n} values missing, dropped");
            return null;
        }

        var scratch = work.Get(n);
        var sorted = scratch.AsSpan(0, presentCount);
        var at = 0;
        foreach (var v in raw)
        {
            if (v != neutral && float.IsFinite(v))
            {
                sorted[at++] = v;
            }
        }

        FloatRadixSort.Sort(sorted);
        double? sentinel = null;
        var sentinelCount = 0;
        if (column.Role == ColumnRole.Numeric)
        {
            if (options.Sentinels is not null && options.Sentinels.TryGetValue(column.Name, out var given))
            {
                sentinelCount = Count(sorted, given);
                sentinel = given;
                decisions.Add($"{column.Name}: {Num(given)} in {sentinelCount} rows ({Pct((double)sentinelCount / n)}) is a sentinel (given in the options): treated as missing");
            }
            else if (options.DetectSentinels && NumericScan.FindSentinel(sorted) is { } found)
            {
                (sentinel, sentinelCount) = (found.Value, found.Count);
                decisions.Add($"{column.Name}: {Num(found.Value)} in {found.Count} rows ({Pct((double)found.Count / n)}) is a sentinel ({found.Why}): a code for missing or not applicable, treated as missing (set DetectSentinels to false to keep it)");
            }
        }

        // The sorted values without the sentinel (they are one run in sorted order: the tail moves up over it).
        var rest = sorted;
        if (sentinel is { } s0)
        {
            var first = sorted.IndexOf(s0);
            if (first >= 0)
            {
                var run = NumericScan.Count(sorted[first..], s0);
                sorted[(first + run)..].CopyTo(sorted[first..]);
                rest = sorted[..(presentCount - run)];
            }
        }

        if (rest.Length == 0)
        {
            decisions.Add($"{column.Name}: every value is the sentinel {Num(sentinel!.Value)}, dropped");
            return null;
        }

        double lower = double.NegativeInfinity, upper = double.PositiveInfinity;
        if (options.ClipImplausible && column.Role == ColumnRole.Numeric)
        {
            var (lo, hi, below, above) = NumericScan.Plausible(rest);
            if (below + above > 0)
            {
                (lower, upper) = (lo, hi);
                var examples = rest[..below].ToArray().Concat(rest[(rest.Length - above)..].ToArray()).Distinct().Take(5).ToArray();
                var found = new ImplausibleValues(column.Name, below, above, examples, lo, hi);
                implausible.Add(found);
                var range = below > 0 && above > 0 ? $"{Num(lo)} to {Num(hi)}" : below > 0 ? $"at least {Num(lo)}" : $"at most {Num(hi)}";
                decisions.Add($"{column.Name}: {found.Describe()}; clipped to {range} for clustering so they cannot form a persona of their own (set ClipImplausible to false to keep them)");
                for (var i = 0; i < rest.Length; i++)
                {
                    rest[i] = Math.Clamp(rest[i], lo, hi);
                }
            }
        }

        var median = Stats.QuantileSorted(rest, 0.5);
        var absent = missing + sentinelCount;
        var indicator = n > 0 && (double)absent / n > options.MissingIndicatorThreshold;
        if (missing > 0)
        {
            decisions.Add($"{column.Name}: {missing} missing ({Pct((double)missing / n)}), imputed with median {Num(median)}"
                + (indicator && sentinel is null ? $", plus a missing-indicator feature '{column.Name} (missing)' (more than {Pct(options.MissingIndicatorThreshold)} missing)" : string.Empty));
        }

        var log = false;
        var signed = false;
        if (options.AutoLog && column.Role == ColumnRole.Numeric)
        {
            var skew = Stats.Skewness(rest);
            var skewText = skew.ToString("0.##", CultureInfo.InvariantCulture);
            if (rest[0] >= 0 && skew > options.SkewnessThreshold)
            {
                log = true;
                decisions.Add($"{column.Name}: right-skewed (skewness {skewText}), log1p applied");
            }
            else if (rest[0] < 0 && Math.Abs(skew) > options.SkewnessThreshold)
            {
                signed = true;
                decisions.Add($"{column.Name}: skewed (skewness {skewText}) with negative values, signed log sign(x)·log1p(|x|) applied");
            }
        }

        bool[]? isSentinel = null;
        if (sentinel is not null || neutral is not null)
        {
            isSentinel = new bool[n];
            for (var i = 0; i < n; i++)
            {
                isSentinel[i] = raw[i] == sentinel || raw[i] == neutral;
            }

            if (sentinel is not null)
            {
                sentinelRows[column.Name] = isSentinel;
            }
        }

        // The transformed values in row order, into the same scratch array (the sorted values are no longer needed).
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (isSentinel is null || !isSentinel[i])
            {
                scratch[count++] = Transformed(float.IsFinite(raw[i]) ? Math.Clamp(raw[i], lower, upper) : median, log, signed);
            }
        }

        var x = scratch.AsSpan(0, count);
        var (mean, sd) = Stats.MeanSd(x);
        if (!(sd > 1e-12 * Math.Max(1, Math.Abs(mean))))
        {
            decisions.Add($"{column.Name}: constant (zero variance{(absent > 0 ? " after imputation" : string.Empty)}), dropped");
            return null;
        }

        double center = 0, scale = 1;
        switch (options.Scaling)
        {
            case ScalingMethod.ZScore:
                (center, scale) = (mean, sd);
                break;
            case ScalingMethod.Robust:
                x.Sort();
                center = Stats.QuantileSorted(x, 0.5);
                scale = Stats.QuantileSorted(x, 0.75) - Stats.QuantileSorted(x, 0.25);
                if (!(scale > 0))
                {
                    scale = sd;
                    decisions.Add($"{column.Name}: interquartile range is 0, scaled by the standard deviation {Num(sd)} instead");
                }

                break;
        }

        var share = (double)absent / n;
        var (indCenter, indScale) = indicator ? IndicatorScaling(share, options.Scaling) : (0.0, 1.0);
        var indicatorName = sentinel is { } s2 ? $"{column.Name} ({(missing > 0 ? "missing or " : string.Empty)}{Num(s2)})" : column.Name + " (missing)";
        if (indicator && sentinel is not null)
        {
            decisions.Add($"{column.Name}: indicator feature '{indicatorName}' for the {Pct(share)} of rows that are {(missing > 0 ? "missing or " : string.Empty)}the sentinel; the sentinel rows sit at the centre of '{column.Name}'");
        }

        return new PlannedColumn
        {
            Name = column.Name,
            Role = column.Role,
            Kind = FeatureKind.Numeric,
            ImputeValue = median,
            MissingCount = missing,
            MissingIndicator = indicator,
            Log1p = log,
            SignedLog = signed,
            Sentinel = sentinel,
            NeutralValue = neutral,
            LowerBound = lower,
            UpperBound = upper,
            Center = center,
            Scale = scale,
            IndicatorCenter = indCenter,
            IndicatorScale = indScale,
            Weight = weight,
            FeatureNames = indicator ? [column.Name, indicatorName] : [column.Name],
        };
    }

    /// <summary>The centre and scale of a 0/1 feature with this share of ones (robust scaling too: a 0/1 feature has no useful IQR).</summary>
    internal static (double Center, double Scale) IndicatorScaling(double share, ScalingMethod scaling) =>
        scaling == ScalingMethod.None ? (0, 1) : (share, share > 0 && share < 1 ? Math.Sqrt(share * (1 - share)) : 1);

    /// <summary>A scratch array, grown to the longest column it has served.</summary>
    private sealed class Scratch
    {
        private double[] _values = [];

        public double[] Get(int length)
        {
            if (_values.Length < length)
            {
                _values = GC.AllocateUninitializedArray<double>(length);
            }

            return _values;
        }
    }

    /// <summary>How many of the sorted values equal <paramref name="value"/> (they are one run).</summary>
    private static int Count(ReadOnlySpan<double> sorted, double value) =>
        sorted.IndexOf(value) is var first && first >= 0 ? NumericScan.Count(sorted[first..], value) : 0;

    private static double Transformed(double v, bool log, bool signed) =>
        log ? Math.Log(1 + Math.Max(v, 0)) : signed ? Math.CopySign(Math.Log(1 + Math.Abs(v)), v) : v;

    private static PlannedColumn? LearnCategorical(CustomerColumn column, double weight, List<string> decisions, IReadOnlyList<string> neutral)
    {
        var codes = column.CodeArray!;
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

        // Neutral levels (carried by a merged indicator) are left out of the block; the shares are those of the other rows.
        var isNeutral = (string level) => neutral.Contains(level, StringComparer.Ordinal);
        var n = codes.Length - counts.Where((_, l) => isNeutral(column.Levels[l])).Sum() - (isNeutral(MissingLevel) ? missing : 0);
        var levels = new List<string>();
        var shares = new List<double>();
        for (var l = 0; l < counts.Length; l++)
        {
            if (counts[l] > 0 && !isNeutral(column.Levels[l]))
            {
                levels.Add(column.Levels[l]);
                shares.Add((double)counts[l] / n);
            }
        }

        if (missing > 0 && !isNeutral(MissingLevel))
        {
            levels.Add(MissingLevel);
            shares.Add((double)missing / n);
            decisions.Add($"{column.Name}: {missing} missing ({Pct((double)missing / codes.Length)}), encoded as level '{MissingLevel}'");
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
            NeutralLevels = neutral.ToArray(),
            Weight = weight,
            FeatureNames = levels.Select(l => column.Name + "=" + l).ToArray(),
        };
    }

    /// <summary>A yes/no feature whose rarer value is below <see cref="FeatureOptions.RareFlagShare"/> gets its weight scaled as if its share were that.</summary>
    private static PlannedColumn CapRareFlag(PlannedColumn pc, CustomerTable table, FeatureOptions options, List<string> decisions)
    {
        double share;
        if (pc.Kind == FeatureKind.Indicator)
        {
            share = pc.Center;
        }
        else if (pc.Kind == FeatureKind.Numeric && pc.Role == ColumnRole.Boolean && !pc.MissingIndicator && options.Scaling != ScalingMethod.None && table.TryGetColumn(pc.Name, out var c))
        {
            var (ones, count) = (0, 0);
            foreach (var v in c.Numbers.Span)
            {
                if (float.IsFinite(v))
                {
                    count++;
                    ones += v != 0 ? 1 : 0;
                }
            }

            share = count == 0 ? 0.5 : (double)ones / count;
        }
        else
        {
            return pc;
        }

        var rare = Math.Min(share, 1 - share);
        var r = options.RareFlagShare;
        if (!(rare > 0) || rare >= r)
        {
            return pc;
        }

        var factor = Math.Sqrt(rare * (1 - rare) / (r * (1 - r)));
        decisions.Add($"{pc.Name}: rare flag ({Pct(rare)} of customers), weight capped at {Num(factor)} (scaled as if {Pct(r)} held it) so that it cannot form a persona of its own");
        return pc with { Weight = pc.Weight * factor };
    }
}
