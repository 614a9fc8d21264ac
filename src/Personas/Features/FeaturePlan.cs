using System.Globalization;
using Personas.Data;
using Personas.Data.Parsing;

namespace Personas.Features;

/// <summary>
/// A learned, reusable recipe that turns customer columns into a <see cref="FeatureMatrix"/> with a fixed layout.
/// Numeric, boolean (0/1) and date (days) columns: the median replaces a missing value, strongly right-skewed
/// non-negative numeric columns get <c>log1p</c>, then the value is scaled (z-score, robust or none) and multiplied
/// by the column's weight; a missing-indicator feature follows when more than the threshold share was missing.
/// Categorical columns: one indicator per level <c>l</c> with learned share <c>p_l</c>, encoded as
/// <c>(indicator - p_l) / sqrt(sum_l p_l (1 - p_l))</c> times the weight, so the block has total variance 1 like one
/// z-scored numeric column; a missing code is the level <c>(missing)</c>. Constant columns are dropped. Every
/// automatic decision is listed in <see cref="Decisions"/>.
/// </summary>
/// <example>
/// <code>
/// var plan = FeaturePlan.Learn(table, new FeatureOptions { Scaling = ScalingMethod.Robust });
/// FeatureMatrix x = plan.Transform(table);
/// foreach (var d in plan.Decisions) Console.WriteLine(d);
/// </code>
/// </example>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed partial class FeaturePlan
{
    /// <summary>The level name used for missing categorical values.</summary>
    public const string MissingLevel = "(missing)";

    private FeaturePlan(IReadOnlyList<PlannedColumn> columns, IReadOnlyList<string> decisions, FeatureOptions options)
    {
        Columns = columns;
        Decisions = decisions;
        Options = options;
        FeatureNames = columns.SelectMany(c => c.FeatureNames).ToArray();
    }

    /// <summary>
    /// Rebuilds a plan from its inspectable parts, for example after reading a saved persona model. Encoding is fully
    /// determined by <paramref name="columns"/>.
    /// </summary>
    /// <param name="columns">The planned columns, in feature order, as <see cref="Columns"/> returned them.</param>
    /// <param name="decisions">The decisions recorded when the plan was learned.</param>
    /// <param name="options">The options the plan was learned with, or null for the defaults.</param>
    /// <returns>A plan that encodes exactly as the original.</returns>
    /// <exception cref="ArgumentException">The columns' feature indices are not contiguous from 0, or a column's parts disagree.</exception>
    /// <param name="outcomes">The outcome columns found when the plan was learned, or null for none.</param>
    /// <param name="describeOnly">The describe-only columns, or null for none.</param>
    public static FeaturePlan FromColumns(IReadOnlyList<PlannedColumn> columns, IReadOnlyList<string> decisions, FeatureOptions? options = null, IReadOnlyList<OutcomeColumn>? outcomes = null, IReadOnlyList<string>? describeOnly = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(decisions);
        var next = 0;
        foreach (var c in columns)
        {
            var expected = c.Kind switch
            {
                FeatureKind.Categorical => c.Levels.Count,
                FeatureKind.Indicator => 1,
                _ => c.MissingIndicator ? 2 : 1,
            };
            var consistent = c.FirstFeature == next && c.FeatureNames.Count == expected && c.Scale > 0
                && (c.Kind != FeatureKind.Categorical || c.LevelShares.Count == c.Levels.Count)
                && (c.Kind != FeatureKind.Indicator || (c.Sources.Count > 0 && c.Sources.All(s => (s.Level is null) != (s.Value is null))))
                && !(c.Log1p && c.SignedLog) && !(c.LowerBound > c.UpperBound);
            if (!consistent)
            {
                throw new ArgumentException($"Planned column '{c.Name}' is inconsistent: first feature {c.FirstFeature} (expected {next}), {c.FeatureNames.Count} feature names (expected {expected}), scale {Num(c.Scale)}, {c.Sources.Count} indicator sources, log1p {c.Log1p} and signed log {c.SignedLog}, bounds {Num(c.LowerBound)}..{Num(c.UpperBound)}.", nameof(columns));
            }

            next += expected;
        }

        return new FeaturePlan(columns.ToArray(), decisions.ToArray(), options ?? new FeatureOptions())
        {
            Outcomes = outcomes?.ToArray() ?? [],
            DescribeOnly = describeOnly?.ToArray() ?? [],
        };
    }

    /// <summary>The columns that record an outcome (or are known only after it): not features, profiled as KPIs on the cards.</summary>
    public IReadOnlyList<OutcomeColumn> Outcomes { get; private init; } = [];

    /// <summary>The columns that are not features but are still profiled on the cards (<see cref="FeatureOptions.DescribeOnly"/>).</summary>
    public IReadOnlyList<string> DescribeOnly { get; private init; } = [];

    /// <summary>The implausible values found while learning (reported, and clipped for clustering); empty for a restored plan.</summary>
    public IReadOnlyList<ImplausibleValues> Implausible { get; private init; } = [];

    /// <summary>The source columns the features are computed from (a merged indicator counts each of its columns), in plan order.</summary>
    public IReadOnlyList<string> SourceColumns => Columns.SelectMany(c => c.Kind == FeatureKind.Indicator ? c.Sources.Select(s => s.Column) : [c.Name]).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The options the plan was learned with.</summary>
    public FeatureOptions Options { get; }

    /// <summary>The source columns used as features, in feature order.</summary>
    public IReadOnlyList<PlannedColumn> Columns { get; }

    /// <summary>Every automatic decision, in words (imputation, log1p, dropped columns, weights...).</summary>
    public IReadOnlyList<string> Decisions { get; }

    /// <summary>The number of features.</summary>
    public int Dimension => FeatureNames.Count;

    /// <summary>The name of each feature.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>
    /// Encodes a table with the learned layout. Columns are matched by name. A column the table lacks is treated as
    /// missing in every row (numbers: the learned median and a missing indicator of 1; categorical: the
    /// <c>(missing)</c> level when it was learned, otherwise all indicators 0). A level not seen when learning counts as
    /// the plan's <c>(other)</c> level (the rare levels grouped when learning) when it has one, otherwise it encodes with
    /// all indicators 0. Extra columns are ignored.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="cancellationToken">Stops the transform between blocks of rows.</param>
    /// <returns>A matrix of <c>table.RowCount x Dimension</c>.</returns>
    /// <exception cref="PersonasDataException">A column has a different kind than when learned (numbers vs levels).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public FeatureMatrix Transform(CustomerTable table, CancellationToken cancellationToken = default) => TransformWith(table, null, cancellationToken);

    /// <summary>Transforms rows in parallel blocks on at most <paramref name="maxDegreeOfParallelism"/> threads (null: all cores); every row is encoded on its own, so the matrix does not depend on it.</summary>
    internal FeatureMatrix TransformWith(CustomerTable table, int? maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.RowCount;
        var d = Dimension;
        var sources = new (float[]? Numbers, int[]? Codes, int[]? Map, int MissingIndex, bool[]? Hits)[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pc = Columns[c];
            if (pc.Kind == FeatureKind.Indicator)
            {
                sources[c] = (null, null, null, -1, IndicatorHits(pc, table));
                continue;
            }

            table.TryGetColumn(pc.Name, out var column);
            if (pc.Kind == FeatureKind.Numeric)
            {
                if (column is not null && !column.IsNumeric)
                {
                    throw new PersonasDataException(table.Source, null, pc.Name, "levels (categorical)", "a numeric column, as when the feature plan was learned");
                }

                sources[c] = (column?.NumberArray, null, null, -1, null);
            }
            else
            {
                if (column is not null && column.IsNumeric)
                {
                    throw new PersonasDataException(table.Source, null, pc.Name, "numbers", "a categorical column, as when the feature plan was learned");
                }

                sources[c] = (null, column?.CodeArray, LevelMap(pc, column?.Levels ?? []), LevelIndex(pc, MissingLevel), null);
            }
        }

        var values = new float[(long)n * d];
        const int block = 8192;
        var blocks = (n + block - 1) / block;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken }, b =>
        {
            var end = Math.Min(n, (b + 1) * block);
            for (var c = 0; c < Columns.Count; c++)
            {
                var pc = Columns[c];
                var (numbers, codes, map, missingIndex, hits) = sources[c];
                for (var i = b * block; i < end; i++)
                {
                    var row = values.AsSpan((int)((long)i * d), d);
                    if (hits is not null)
                    {
                        row[pc.FirstFeature] = (float)(((hits[i] ? 1 : 0) - pc.Center) / pc.Scale * pc.Weight);
                    }
                    else if (pc.Kind == FeatureKind.Numeric)
                    {
                        EncodeNumber(pc, numbers is null ? double.NaN : numbers[i], row);
                    }
                    else
                    {
                        var code = codes is null ? -1 : codes[i];
                        EncodeLevel(pc, code >= 0 && code < map!.Length ? map[code] : missingIndex, row);
                    }
                }
            }
        });
        return new FeatureMatrix(values, n, d, FeatureNames);
    }

    /// <summary>Which of the plan's source columns a table has (with the kind the plan expects: numbers or levels).</summary>
    /// <param name="table">The table to encode.</param>
    /// <returns>The columns present and missing.</returns>
    public FeatureCoverage Coverage(CustomerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var present = new List<string>();
        var missing = new List<string>();
        foreach (var name in SourceColumns)
        {
            var planned = Columns.FirstOrDefault(c => c.Name == name && c.Kind != FeatureKind.Indicator);
            var ok = table.TryGetColumn(name, out var column) && column.Role is not (ColumnRole.Ignored or ColumnRole.Id or ColumnRole.Text or ColumnRole.Constant)
                && (planned is null || column.IsNumeric == (planned.Kind == FeatureKind.Numeric));
            (ok ? present : missing).Add(name);
        }

        return new FeatureCoverage(present, missing);
    }

    /// <summary>
    /// Encodes one raw record (column name to text as in a CSV) into the feature layout, reading each cell as the customer
    /// reader does: a column absent from the record, a blank cell or <c>NA</c>, <c>N/A</c>, <c>NaN</c>, <c>null</c>,
    /// <c>None</c>, <c>?</c> (any case) is missing and handled as in <see cref="Transform"/>; numbers use invariant culture
    /// and are stored as 32-bit floats; booleans accept yes/no, true/false, y/n, t/f and 0/1 (any case); date columns take
    /// the number of days as used when learning. A level the plan has not seen counts as its <c>(other)</c> level when
    /// it has one, else as no level (all indicators 0).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="destination">Where to write the <see cref="Dimension"/> features.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> has the wrong length.</exception>
    /// <exception cref="PersonasDataException">A numeric column holds text that is not a number (or a number beyond the 32-bit float range), or a boolean column a word that is not yes/no.</exception>
    public void Encode(IReadOnlyDictionary<string, string?> record, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (destination.Length != Dimension)
        {
            throw new ArgumentException($"Expected a destination of {Dimension} floats, found {destination.Length}.", nameof(destination));
        }

        foreach (var pc in Columns)
        {
            if (pc.Kind == FeatureKind.Indicator)
            {
                var hit = pc.Sources.Any(src => record.TryGetValue(src.Column, out var t) && SourceHolds(src, t));
                destination[pc.FirstFeature] = (float)(((hit ? 1 : 0) - pc.Center) / pc.Scale * pc.Weight);
                continue;
            }

            record.TryGetValue(pc.Name, out var text);
            if (pc.Kind == FeatureKind.Numeric)
            {
                EncodeNumber(pc, ParseNumber(pc, text), destination);
            }
            else
            {
                var missing = text is null || NumberParser.IsMissing(text);
                var level = missing ? LevelIndex(pc, MissingLevel) : LevelIndex(pc, text!);
                if (level == Unseen && !missing)
                {
                    level = LevelOrOther(pc, text!.Trim());
                }

                EncodeLevel(pc, level, destination);
            }
        }
    }

    /// <summary>Projects a feature matrix on its first principal components, for display only (never used for clustering).</summary>
    /// <param name="matrix">The feature matrix (usually from <see cref="Transform"/>).</param>
    /// <param name="components">How many components.</param>
    /// <returns>A matrix with columns <c>PC1</c>, <c>PC2</c>...</returns>
    public static FeatureMatrix ProjectPca(FeatureMatrix matrix, int components = 2) => Pca.Fit(matrix, components).Transform(matrix);

    /// <summary>A cell as the customer reader reads it: missing tokens are NaN, numbers become 32-bit floats, booleans 1 or 0.</summary>
    private static double ParseNumber(PlannedColumn pc, string? text)
    {
        if (text is null || NumberParser.IsMissing(text))
        {
            return double.NaN;
        }

        var t = text.AsSpan().Trim();
        if (pc.Role == ColumnRole.Boolean)
        {
            return BoolWords.Classify(t, out var truth) != 0
                ? (truth ? 1 : 0)
                : throw new PersonasDataException(null, null, pc.Name, text, "a boolean (yes/no, true/false, y/n, t/f or 0/1)");
        }

        return NumberParser.Parse(t, decimalComma: false, out var v) switch
        {
            CellKind.Number => (float)v,
            CellKind.NonFinite => throw new PersonasDataException(null, null, pc.Name, text, NumberParser.Expected(t, decimalComma: false)),
            _ => throw new PersonasDataException(null, null, pc.Name, text, pc.Role == ColumnRole.Date ? "a number of days, as the date column was learned" : "a number"),
        };
    }

    private static void EncodeNumber(PlannedColumn pc, double value, Span<float> row)
    {
        var missing = !double.IsFinite(value);
        var neutral = !missing && pc.NeutralValue == value;
        var sentinel = !missing && !neutral && pc.Sentinel == value;
        if (sentinel || neutral)
        {
            row[pc.FirstFeature] = 0;
        }
        else
        {
            var x = missing ? pc.ImputeValue : Math.Clamp(value, pc.LowerBound, pc.UpperBound);
            if (pc.Log1p)
            {
                x = Math.Log(1 + Math.Max(x, 0));
            }
            else if (pc.SignedLog)
            {
                x = Math.CopySign(Math.Log(1 + Math.Abs(x)), x);
            }

            row[pc.FirstFeature] = (float)((x - pc.Center) / pc.Scale * pc.Weight);
        }

        if (pc.MissingIndicator)
        {
            row[pc.FirstFeature + 1] = (float)((((missing || sentinel) ? 1 : 0) - pc.IndicatorCenter) / pc.IndicatorScale * pc.Weight);
        }
    }

    /// <summary>A level index meaning "a level not seen when learning": every indicator off.</summary>
    private const int Unseen = -1;

    /// <summary>A level index meaning "a neutral level" (carried by a merged indicator): the block's centre.</summary>
    private const int Neutral = -2;

    private static void EncodeLevel(PlannedColumn pc, int level, Span<float> row)
    {
        var shares = pc.LevelShares;
        for (var l = 0; l < shares.Count; l++)
        {
            row[pc.FirstFeature + l] = level == Neutral ? 0f : (float)(((l == level ? 1 : 0) - shares[l]) / pc.Scale * pc.Weight);
        }
    }

    /// <summary>The index of a level in the plan, <see cref="Neutral"/> for a neutral level, else <see cref="Unseen"/>.</summary>
    private static int LevelIndex(PlannedColumn pc, string level)
    {
        for (var l = 0; l < pc.Levels.Count; l++)
        {
            if (string.Equals(pc.Levels[l], level, StringComparison.Ordinal))
            {
                return l;
            }
        }

        foreach (var neutral in pc.NeutralLevels)
        {
            if (string.Equals(neutral, level, StringComparison.Ordinal))
            {
                return Neutral;
            }
        }

        return Unseen;
    }

    /// <summary>Per row of the table: whether any source of a merged indicator holds.</summary>
    private static bool[] IndicatorHits(PlannedColumn pc, CustomerTable table)
    {
        var hits = new bool[table.RowCount];
        foreach (var src in pc.Sources)
        {
            if (!table.TryGetColumn(src.Column, out var column))
            {
                continue;
            }

            if (src.Level is not null)
            {
                var code = column.IsNumeric ? -1 : IndexOf(column.Levels, src.Level);
                var codes = column.CodeArray;
                for (var i = 0; code >= 0 && i < hits.Length; i++)
                {
                    hits[i] |= codes![i] == code;
                }
            }
            else if (column.NumberArray is { } numbers)
            {
                var v = src.Value!.Value;
                for (var i = 0; i < hits.Length; i++)
                {
                    hits[i] |= numbers[i] == v;
                }
            }
        }

        return hits;
    }

    private static bool SourceHolds(IndicatorSource src, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        if (src.Level is not null)
        {
            return string.Equals(t, src.Level, StringComparison.Ordinal);
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return v == src.Value;
        }

        return t.ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "Y" or "T" => src.Value == 1,
            "FALSE" or "NO" or "N" or "F" => src.Value == 0,
            _ => false,
        };
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

    /// <summary>The index of a level, or of the plan's <c>(other)</c> level when the plan has not seen it (the rare levels
    /// grouped when learning are not stored one by one), or -1 when there is no <c>(other)</c> level.</summary>
    internal static int LevelOrOther(PlannedColumn pc, string level)
    {
        var index = LevelIndex(pc, level);
        return index != Unseen ? index : LevelIndex(pc, DataDefaults.OtherLevel);
    }

    private static int[] LevelMap(PlannedColumn pc, IReadOnlyList<string> tableLevels)
    {
        var map = new int[tableLevels.Count];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = LevelOrOther(pc, tableLevels[c]);
        }

        return map;
    }

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
