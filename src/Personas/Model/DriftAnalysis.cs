using Personas.Features;

namespace Personas.Model;

/// <summary>Builds a <see cref="DriftReport"/> from the two quarters' persona snapshots, the matches and the migration of customers present in both.</summary>
internal static class DriftAnalysis
{
    /// <summary>The status of a persona found in both quarters.</summary>
    public const string Matched = "matched";

    /// <summary>The status of a new persona.</summary>
    public const string Born = "born";

    /// <summary>The status of a persona that no longer exists.</summary>
    public const string Retired = "retired";

    /// <summary>Builds the report.</summary>
    /// <param name="previousModel">Which model is compared against.</param>
    /// <param name="features">What each feature of the previous model's plan measures (to report shifts in the data's units).</param>
    /// <param name="previous">The previous personas.</param>
    /// <param name="current">The current personas with their final ids (matched ones carry the previous id).</param>
    /// <param name="matches">Matched pairs as indices into <paramref name="previous"/> and <paramref name="current"/>.</param>
    /// <param name="threshold">The match threshold used.</param>
    /// <param name="migration">For each customer present in both quarters, the previous and the current persona id.</param>
    /// <param name="migrationBasis">Where the previous persona ids come from (see <see cref="DriftMigration.Basis"/>).</param>
    /// <param name="options">Thresholds for trait shifts, splits and merges.</param>
    public static DriftReport Build(
        DriftModelInfo previousModel,
        IReadOnlyList<FeatureMeaning> features,
        IReadOnlyList<PersonaSnapshot> previous,
        IReadOnlyList<PersonaSnapshot> current,
        IReadOnlyList<(int Previous, int Current, double Distance)> matches,
        double threshold,
        IEnumerable<(string PreviousId, string CurrentId)> migration,
        string migrationBasis,
        RefreshOptions options)
    {
        var matchOfCurrent = matches.ToDictionary(m => m.Current);
        var matchedPrevious = matches.Select(m => m.Previous).ToHashSet();
        var personas = new List<DriftPersona>();
        for (var j = 0; j < current.Count; j++)
        {
            var c = current[j];
            if (matchOfCurrent.TryGetValue(j, out var m))
            {
                var p = previous[m.Previous];
                personas.Add(new DriftPersona
                {
                    Id = c.Id,
                    Name = c.Name,
                    Status = Matched,
                    PreviousSize = p.Size,
                    CurrentSize = c.Size,
                    PreviousShare = p.Share,
                    CurrentShare = c.Share,
                    CentroidMovement = m.Distance,
                    TraitShifts = Shifts(features, p, c, options),
                });
            }
            else
            {
                personas.Add(new DriftPersona { Id = c.Id, Name = c.Name, Status = Born, CurrentSize = c.Size, CurrentShare = c.Share, TraitShifts = [] });
            }
        }

        var retired = Enumerable.Range(0, previous.Count).Where(i => !matchedPrevious.Contains(i)).Select(i => previous[i]).ToArray();
        personas.AddRange(retired.Select(p => new DriftPersona { Id = p.Id, Name = p.Name, Status = Retired, PreviousSize = p.Size, PreviousShare = p.Share, TraitShifts = [] }));

        var matrix = MigrationMatrix(migration, out var inBoth, out var changed);
        return new DriftReport
        {
            PreviousModel = previousModel,
            Matches = matches.OrderBy(m => m.Previous).Select(m => new DriftMatch(previous[m.Previous].Id, current[m.Current].Id, m.Distance)).ToArray(),
            Born = personas.Where(p => p.Status == Born).Select(p => p.Id).ToArray(),
            Retired = retired.Select(p => p.Id).ToArray(),
            Split = Splits(matrix, options),
            Merged = Merges(matrix, options),
            Personas = personas,
            Migration = new DriftMigration
            {
                Basis = migrationBasis,
                CustomersInBoth = inBoth,
                ChangedShare = inBoth == 0 ? 0 : (double)changed / inBoth,
                Matrix = matrix.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, int>)r.Value, StringComparer.Ordinal),
            },
            MatchThreshold = threshold,
            MinShareShift = options.MinShareShift,
            PreviousPeriod = options.PreviousPeriod,
            CurrentPeriod = options.CurrentPeriod,
        };
    }

    /// <summary>
    /// The features of a persona that moved between the quarters, largest effect first. A share (a level, a yes/no column,
    /// the share of missing values) counts when it moved by at least <see cref="RefreshOptions.MinShareShift"/> and its
    /// Cohen's h reaches <see cref="RefreshOptions.MinTraitShift"/>; a mean counts when the persona has spread in both
    /// quarters (at least <see cref="RefreshOptions.MinSpread"/> in scaled units, so that a difference over a near-zero
    /// spread does not pass for a large effect) and its Cohen's d reaches <see cref="RefreshOptions.MinTraitShift"/>.
    /// </summary>
    internal static IReadOnlyList<TraitShift> Shifts(IReadOnlyList<FeatureMeaning> features, PersonaSnapshot previous, PersonaSnapshot current, RefreshOptions options)
    {
        var shifts = new List<TraitShift>();
        for (var f = 0; f < features.Count; f++)
        {
            var m = features[f];
            var (before, after) = (m.ToDataUnits(previous.Mean[f]), m.ToDataUnits(current.Mean[f]));
            if (!double.IsFinite(before) || !double.IsFinite(after))
            {
                continue;
            }

            double effect;
            if (m.Measure is FeatureMeasure.Share or FeatureMeasure.MissingShare)
            {
                effect = CohensH(before, after);
                if (Math.Abs(after - before) < options.MinShareShift)
                {
                    continue;
                }
            }
            else
            {
                if (m.ScaledSpread(previous.StandardDeviation[f]) < options.MinSpread || m.ScaledSpread(current.StandardDeviation[f]) < options.MinSpread)
                {
                    continue;
                }

                effect = CohensD(previous.Mean[f], previous.StandardDeviation[f], previous.Size, current.Mean[f], current.StandardDeviation[f], current.Size);
            }

            if (double.IsFinite(effect) && Math.Abs(effect) >= options.MinTraitShift)
            {
                shifts.Add(new TraitShift(m.Feature, previous.Mean[f], current.Mean[f], effect)
                {
                    Column = m.Column,
                    Level = m.Level,
                    Measure = m.Measure,
                    PreviousValue = before,
                    CurrentValue = after,
                });
            }
        }

        return shifts.OrderByDescending(s => Math.Abs(s.EffectSize)).ThenBy(s => s.Feature, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Cohen's h of two proportions: <c>2 asin(sqrt(p2)) - 2 asin(sqrt(p1))</c>.</summary>
    internal static double CohensH(double p1, double p2) =>
        (2 * Math.Asin(Math.Sqrt(Math.Clamp(p2, 0, 1)))) - (2 * Math.Asin(Math.Sqrt(Math.Clamp(p1, 0, 1))));

    /// <summary>
    /// Cohen's d from two groups' means, population standard deviations and sizes: the difference of means over the
    /// pooled sample standard deviation <c>sqrt(((n1 - 1) s1² + (n2 - 1) s2²) / (n1 + n2 - 2))</c>, where
    /// <c>s²</c> is the sample variance <c>n / (n - 1)</c> times the population one. NaN when undefined.
    /// </summary>
    internal static double CohensD(double mean1, double sd1, int n1, double mean2, double sd2, int n2)
    {
        if (n1 < 1 || n2 < 1 || n1 + n2 < 3)
        {
            return double.NaN;
        }

        var pooled = Math.Sqrt(((n1 * sd1 * sd1) + (n2 * sd2 * sd2)) / (n1 + n2 - 2));
        return pooled > 0 ? (mean2 - mean1) / pooled : double.NaN;
    }

    /// <summary>Counts customers by previous, then current persona id, in order of first appearance sorted by persona id.</summary>
    internal static SortedDictionary<string, SortedDictionary<string, int>> MigrationMatrix(IEnumerable<(string PreviousId, string CurrentId)> migration, out int inBoth, out int changed)
    {
        var matrix = new SortedDictionary<string, SortedDictionary<string, int>>(PersonaIdComparer.Instance);
        inBoth = 0;
        changed = 0;
        foreach (var (p, c) in migration)
        {
            if (!matrix.TryGetValue(p, out var row))
            {
                row = new SortedDictionary<string, int>(PersonaIdComparer.Instance);
                matrix.Add(p, row);
            }

            row[c] = row.GetValueOrDefault(c) + 1;
            inBoth++;
            if (!string.Equals(p, c, StringComparison.Ordinal))
            {
                changed++;
            }
        }

        return matrix;
    }

    private static DriftSplit[] Splits(SortedDictionary<string, SortedDictionary<string, int>> matrix, RefreshOptions options)
    {
        var result = new List<DriftSplit>();
        foreach (var (previousId, row) in matrix)
        {
            var total = row.Values.Sum();
            if (total < options.MinMigrationCustomers)
            {
                continue;
            }

            var into = row.Where(kv => kv.Value >= options.SplitMinShare * total)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, PersonaIdComparer.Instance)
                .Select(kv => kv.Key).ToArray();
            if (into.Length >= 2)
            {
                result.Add(new DriftSplit(previousId, into));
            }
        }

        return result.ToArray();
    }

    private static DriftMerge[] Merges(SortedDictionary<string, SortedDictionary<string, int>> matrix, RefreshOptions options)
    {
        var landed = new SortedDictionary<string, List<string>>(PersonaIdComparer.Instance);
        foreach (var (previousId, row) in matrix)
        {
            var total = row.Values.Sum();
            if (total < options.MinMigrationCustomers)
            {
                continue;
            }

            foreach (var (currentId, count) in row)
            {
                if (count >= options.MergeMinShare * total)
                {
                    if (!landed.TryGetValue(currentId, out var from))
                    {
                        from = [];
                        landed.Add(currentId, from);
                    }

                    from.Add(previousId);
                }
            }
        }

        return landed.Where(kv => kv.Value.Count >= 2).Select(kv => new DriftMerge(kv.Value.ToArray(), kv.Key)).ToArray();
    }
}
