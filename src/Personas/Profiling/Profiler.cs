using System.Collections.ObjectModel;
using System.Globalization;
using Personas.Data;

namespace Personas.Profiling;

/// <summary>
/// Profiles the personas of a segmentation: size and value, a representative profile in original units, every
/// feature compared with the rest of the customers (effect size, 95% CI, test, Benjamini-Hochberg q-value), the
/// distinguishing traits, a deterministic name and a narrative tied to the statistics.
/// </summary>
/// <example>
/// <code>
/// var set = Profiler.Profile(table, segmentation.Labels, segmentation.K);
/// var markdown = CardRenderer.ToMarkdown(set, info);
/// </code>
/// </example>
public static class Profiler
{
    /// <summary>Profiles the personas.</summary>
    /// <param name="table">The customers.</param>
    /// <param name="labels">The persona label of each row: 0-based, canonical (0 = the largest persona). Persona ids are P1..Pk in label order.</param>
    /// <param name="k">The number of personas.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="quality">Per-persona silhouette, stability and warnings from the segmentation, in label order, or null.</param>
    /// <param name="progress">Receives stage <c>profile</c> with the fraction of columns done, or null.</param>
    /// <param name="cancellationToken">Cancels profiling (checked between columns).</param>
    /// <returns>The persona set.</returns>
    /// <exception cref="ArgumentException">The labels do not match the table, a label is outside 0..k-1, an option is out of range, a named column does not exist or is not numeric, or two overrides give the same name.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static PersonaSet Profile(CustomerTable table, IReadOnlyList<int> labels, int k, ProfilingOptions? options = null, IReadOnlyList<PersonaQualityInput>? quality = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ProfileWith(table, labels, k, options, quality, progress, null, cancellationToken);

    /// <summary>As <see cref="Profile"/>, with columns compared in parallel on at most <paramref name="maxDegreeOfParallelism"/> threads (null: all cores); the result does not depend on it.</summary>
    internal static PersonaSet ProfileWith(CustomerTable table, IReadOnlyList<int> labels, int k, ProfilingOptions? options, IReadOnlyList<PersonaQualityInput>? quality, IProgress<PersonasProgress>? progress, int? maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new ProfilingOptions();
        Validate(table, labels, k, options, quality);
        var notes = new List<string>();
        var lab = labels.ToArray();
        var n = lab.Length;
        var sizes = new int[k];
        foreach (var l in lab)
        {
            sizes[l]++;
        }

        var detailed = sizes.Select(s => s >= options.MinPersonaSize && s > 0).ToArray();
        var outcomeNames = (options.Outcomes ?? []).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var columns = SelectColumns(table, options, notes).Where(c => !outcomeNames.Contains(c.Name)).Select(c => WithoutMissingCodes(c, options, notes)).ToList();
        columns = MergedFactColumns.Apply(table, columns, options.MergedFacts, notes);
        var comparisons = new List<RawComparison>();
        var centroids = new Dictionary<string, CentroidValue?[]>(StringComparer.Ordinal);
        progress?.Report(new PersonasProgress("profile", 0));

        // Columns are compared in parallel (at most one per core: each holds per-persona buffers of its column), each into
        // its own list; the lists are joined in column order.
        var perColumn = new (List<RawComparison> Comparisons, CentroidValue?[] Centroids)[columns.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, columns.Count, parallel, ci =>
        {
            var column = columns[ci];
            var local = new List<RawComparison>();
            var cents = new CentroidValue?[k];
            if (column.Role == ColumnRole.Categorical || column.Role == ColumnRole.Boolean)
            {
                ColumnComparer.CompareCategorical(column, lab, k, detailed, local, cents);
            }
            else
            {
                ColumnComparer.CompareNumeric(column, lab, k, detailed, local, cents);
            }

            perColumn[ci] = (local, cents);
            progress?.Report(new PersonasProgress("profile", Interlocked.Increment(ref done) / (double)columns.Count));
        });
        for (var ci = 0; ci < columns.Count; ci++)
        {
            comparisons.AddRange(perColumn[ci].Comparisons);
            centroids[columns[ci].Name] = perColumn[ci].Centroids;
        }

        var q = EffectStatistics.BenjaminiHochberg(comparisons.Select(c => c.Trait.PValue).ToArray());
        var adjusted = comparisons.Select((c, i) => c with { Trait = c.Trait with { QValue = q[i] } }).ToArray();
        var valueSource = ValueColumns.Find(table, options, outcomeNames, notes);
        var value = ValueShares(valueSource, lab, k, sizes, notes);
        var (outcomeKpis, outcomeSummaries) = OutcomeProfiler.Profile(table, options.Outcomes ?? [], lab, k, detailed, valueSource.Values);
        var personas = new Persona[k];
        var words = new Personas.Words.Wording(options.Labels, options.Language);
        for (var c = 0; c < k; c++)
        {
            var all = adjusted.Where(r => r.Label == c).Select(r => r.Trait).ToArray();
            var centroid = new OrderedDictionary<string, CentroidValue>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                if (centroids[column.Name][c] is { } v)
                {
                    centroid[column.Name] = v;
                }
            }

            var input = quality?[c];
            var warnings = new List<string>(input?.Warnings ?? []);
            var traits = detailed[c] ? SelectTraits(all, options, sizes[c]) : [];
            if (!detailed[c])
            {
                warnings.Add(words.T("card.smallPersona", ("count", words.Count(sizes[c])), ("minimum", words.Count(options.MinPersonaSize))));
            }
            else if (traits.Length == 0)
            {
                warnings.Add(words.T("card.noClearProfileWarning", ("effect", words.Effect(options.MinEffectSize)), ("q", words.Numbers.Fixed(options.SignificanceLevel, "0.###"))));
            }

            personas[c] = new Persona
            {
                Id = "P" + (c + 1).ToString(CultureInfo.InvariantCulture),
                Name = string.Empty,
                Tagline = string.Empty,
                Size = sizes[c],
                Share = n == 0 ? 0 : (double)sizes[c] / n,
                ValueShare = detailed[c] ? value?.Share[c] : null,
                ValuePerCustomerRatio = detailed[c] ? value?.Ratio[c] : null,
                Centroid = new ReadOnlyDictionary<string, CentroidValue>(centroid),
                Traits = traits,
                Comparisons = detailed[c] ? all : [],
                Outcomes = outcomeKpis[c],
                Narrative = [],
                Quality = input is null ? PersonaQuality.None : new PersonaQuality(input.Silhouette, input.Stability),
                Warnings = warnings,
                IsDetailed = detailed[c],
            };
        }

        var set = new PersonaSet
        {
            Personas = personas,
            ValueColumn = valueSource.Label,
            ValueColumns = valueSource.Columns,
            ValueReason = valueSource.Reason,
            Outcomes = outcomeSummaries,
            TotalCustomers = n,
            Notes = notes,
            SignificanceLevel = options.SignificanceLevel,
            MinEffectSize = options.MinEffectSize,
            MinPersonaSize = options.MinPersonaSize,
            TestCount = comparisons.Count,
            Labels = options.Labels ?? Personas.Data.DataDictionary.Empty,
            Language = options.Language,
        };
        set = PersonaNamer.Name(set, options.Vocabulary ?? NameVocabulary.Default, options.Overrides, options.NotForNames);
        words = Personas.Words.Wording.Of(set);
        var narrated = set.Personas.Select(p => p with { Narrative = StatisticsNarrator.Narrate(p, set), Words = words }).ToArray();

        // A persona with no distinguishing trait is not a type of customer: it is named and flagged so, and counted here.
        var named = set with { Personas = narrated };
        return UnclearWarning(named) is { } warning ? named with { Warnings = [.. named.Warnings, warning] } : named;
    }

    /// <summary>True for a persona described in detail that has no distinguishing trait ("no clear profile").</summary>
    internal static bool IsUnclear(Persona p) => p.IsDetailed && p.Traits.Count == 0;

    /// <summary>The quality warning that counts the personas with no clear profile by id, or null when there are none.</summary>
    internal static string? UnclearWarning(PersonaSet set)
    {
        var unclear = set.Personas.Where(IsUnclear).Select(p => p.Id).ToArray();
        var words = Personas.Words.Wording.Of(set);
        return unclear.Length == 0 ? null : words.T("warning.noClearProfile", ("count", words.Count(unclear.Length)), ("ids", words.List(unclear)));
    }

    /// <summary>A numeric column with its sentinel (<see cref="ProfilingOptions.MissingCodes"/>) as missing, so that "not applicable" does not count as a value.</summary>
    private static CustomerColumn WithoutMissingCodes(CustomerColumn column, ProfilingOptions options, List<string> notes)
    {
        if (options.MissingCodes is null || !options.MissingCodes.TryGetValue(column.Name, out var code) || column.NumberArray is not { } x)
        {
            return column;
        }

        var copy = x.Select(v => v == code ? float.NaN : v).ToArray();
        notes.Add($"'{column.Name}' = {code.ToString("0.####", CultureInfo.InvariantCulture)} means missing or not applicable: left out of the persona statistics of '{column.Name}'.");
        return CustomerColumn.FromNumbers(column.Name, column.Role, copy, column.Reason);
    }

    /// <summary>
    /// The distinguishing traits: significant, not negligible, and measured on enough of the persona's customers (at least
    /// the minimum persona size and a quarter of the persona: a column that applies to 9 of 1,535 customers says nothing
    /// about the persona).
    /// </summary>
    private static Trait[] SelectTraits(Trait[] all, ProfilingOptions options, int size)
    {
        var enough = Math.Max(options.MinPersonaSize, size / 4);
        var kept = all.Where(t => t.QValue < options.SignificanceLevel && Math.Abs(t.EffectSize) >= options.MinEffectSize && t.PersonaCount >= enough);
        IEnumerable<Trait> Top(TraitDirection d) => kept.Where(t => t.Direction == d)
            .OrderByDescending(t => Math.Abs(t.EffectSize)).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal)
            .Take(options.MaxTraits);
        return Top(TraitDirection.Higher).Concat(Top(TraitDirection.Lower)).ToArray();
    }

    private static void Validate(CustomerTable table, IReadOnlyList<int> labels, int k, ProfilingOptions options, IReadOnlyList<PersonaQualityInput>? quality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        options.Validate();

        if (labels.Count != table.RowCount)
        {
            throw new ArgumentException($"Expected one label per customer ({table.RowCount}), found {labels.Count}.", nameof(labels));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] < 0 || labels[i] >= k)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Label of row {i} is {labels[i]}; expected 0..{k - 1}."), nameof(labels));
            }
        }

        if (quality is not null && quality.Count != k)
        {
            throw new ArgumentException($"Expected quality for {k} personas, found {quality.Count}.", nameof(quality));
        }
    }

    private static List<CustomerColumn> SelectColumns(CustomerTable table, ProfilingOptions options, List<string> notes)
    {
        static bool Usable(CustomerColumn c) => c.Role is ColumnRole.Numeric or ColumnRole.Boolean or ColumnRole.Date
            ? c.IsNumeric
            : c.Role == ColumnRole.Categorical && !c.IsNumeric;
        if (options.Columns is null)
        {
            return table.Columns.Where(Usable).ToList();
        }

        var result = new List<CustomerColumn>();
        foreach (var name in options.Columns)
        {
            if (!table.TryGetColumn(name, out var c))
            {
                throw new ArgumentException($"No column '{name}' to profile; columns are: {string.Join(", ", table.Columns.Select(x => x.Name))}.", nameof(options));
            }

            if (Usable(c))
            {
                result.Add(c);
            }
            else
            {
                notes.Add($"Column '{name}' not profiled: its role is {c.Role}.");
            }
        }

        return result;
    }

    private static (double?[] Share, double?[] Ratio)? ValueShares(ValueSource source, int[] labels, int k, int[] sizes, List<string> notes)
    {
        if (source.Values is not { } x)
        {
            return null;
        }

        var sums = new double[k];
        for (var i = 0; i < x.Length; i++)
        {
            if (float.IsFinite(x[i]))
            {
                sums[labels[i]] += x[i];
            }
        }

        var total = sums.Sum();
        if (!(total > 0))
        {
            notes.Add($"Value shares not shown: the total of '{source.Label}' is not positive.");
            return null;
        }

        var n = labels.Length;
        var share = sums.Select(s => (double?)(s / total)).ToArray();
        var ratio = sums.Select((s, c) => sizes[c] == 0 ? null : (double?)(s / sizes[c] / (total / n))).ToArray();
        return (share, ratio);
    }
}
