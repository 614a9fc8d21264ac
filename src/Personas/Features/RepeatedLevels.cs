using System.Globalization;
using System.Numerics;
using Personas.Data;

namespace Personas.Features;

/// <summary>What a merged indicator takes from one column: levels (categorical) or a value (numeric, yes/no) that then sit at the column's centre.</summary>
internal sealed record NeutralSpec(List<string> Levels, double? Value);

/// <summary>
/// Finds one fact recorded in several columns: levels, yes/no values and sentinels of different columns that mark the
/// same customers (at least 99% overlap, Jaccard), such as "No internet service" in seven columns of a telco export, or
/// <c>pdays = -1</c> with <c>poutcome = unknown</c> and <c>previous = 0</c>. Each such fact becomes one indicator feature.
/// Only candidates with similar counts are compared, on bit sets: linear in the rows for a fixed number of levels.
/// </summary>
internal static class RepeatedLevels
{
    private const double MinShare = 0.01;
    private const double MinJaccard = 0.99;

    private enum Kind
    {
        Level,
        Flag,
        Sentinel,

        /// <summary>The minimum of a numeric column: joins a fact found elsewhere, never starts one.</summary>
        Minimum,
    }

    public static (List<PlannedColumn> Indicators, Dictionary<string, NeutralSpec> Neutral) Find(CustomerTable table, List<PlannedColumn> planned, Dictionary<string, bool[]> sentinelRows, HashSet<string> forced, List<string> decisions)
    {
        var n = table.RowCount;
        var candidates = Candidates(table, planned, sentinelRows, forced, n);
        var parent = Enumerable.Range(0, candidates.Count).ToArray();
        var order = Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].Count).ToArray();
        for (var a = 0; a < order.Length; a++)
        {
            var ca = candidates[order[a]];
            for (var b = a + 1; b < order.Length; b++)
            {
                var cb = candidates[order[b]];
                if (cb.Count - ca.Count > (MinJaccard == 1 ? 0 : (1 - MinJaccard) * cb.Count) + 1)
                {
                    break;
                }

                if (ca.Column == cb.Column || (ca.Kind == Kind.Minimum && cb.Kind == Kind.Minimum))
                {
                    continue;
                }

                var inter = Intersection(ca.Bits, cb.Bits);
                if (inter >= MinJaccard * (ca.Count + cb.Count - inter))
                {
                    parent[Root(parent, order[a])] = Root(parent, order[b]);
                }
            }
        }

        var indicators = new List<PlannedColumn>();
        var neutral = new Dictionary<string, NeutralSpec>(StringComparer.Ordinal);
        var usedNames = new HashSet<string>(planned.SelectMany(p => p.FeatureNames), StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, candidates.Count).GroupBy(i => Root(parent, i)).OrderBy(g => g.Min()))
        {
            var members = group.OrderBy(i => i).Select(i => candidates[i]).ToList();

            // One member per column (the first), and a numeric column gives one value at most.
            members = members.GroupBy(m => m.Column).Select(g => g.First()).ToList();
            if (members.Count < 2 || members.All(m => m.Kind == Kind.Minimum) || members.Any(m => m.Kind != Kind.Level && neutral.ContainsKey(m.Column)))
            {
                continue;
            }

            var hits = new ulong[(n + 63) / 64];
            foreach (var m in members)
            {
                for (var w = 0; w < hits.Length; w++)
                {
                    hits[w] |= m.Bits[w];
                }
            }

            var count = hits.Sum(w => BitOperations.PopCount(w));
            var share = (double)count / n;
            var label = Label(members);
            var name = label + " (" + members.Count.ToString(CultureInfo.InvariantCulture) + " columns)";
            for (var i = 2; !usedNames.Add(name); i++)
            {
                name = $"{label} ({members.Count} columns, {i})";
            }

            var sources = members.Select(m => m.Source).ToArray();
            indicators.Add(new PlannedColumn
            {
                Name = name,
                Role = ColumnRole.Boolean,
                Kind = FeatureKind.Indicator,
                Center = share,
                Scale = Math.Sqrt(share * (1 - share)),
                Sources = sources,
                FeatureNames = [name],
            });
            foreach (var m in members)
            {
                var spec = neutral.TryGetValue(m.Column, out var s) ? s : neutral[m.Column] = new NeutralSpec([], null);
                if (m.Kind == Kind.Level)
                {
                    spec.Levels.Add(m.Source.Level!);
                }
                else
                {
                    neutral[m.Column] = spec with { Value = m.Source.Value };
                }
            }

            decisions.Add($"Merged: '{label}' is one fact recorded in {members.Count} columns ({string.Join(", ", sources.Select(x => x.ToString()))}; {count.ToString("N0", CultureInfo.InvariantCulture)} customers, {(share * 100).ToString("0.0", CultureInfo.InvariantCulture)}%, the same rows in each): one indicator feature '{name}' instead of one per column; in each of these columns those customers sit at the column's centre");
        }

        return (indicators, neutral);
    }

    private static List<Candidate> Candidates(CustomerTable table, List<PlannedColumn> planned, Dictionary<string, bool[]> sentinelRows, HashSet<string> forced, int n)
    {
        var result = new List<Candidate>();
        var low = Math.Max(2, MinShare * n);
        var high = n - low;
        foreach (var pc in planned.Where(p => !forced.Contains(p.Name)))
        {
            var column = table[pc.Name];
            if (pc.Kind == FeatureKind.Categorical)
            {
                var codes = column.CodeArray!;
                var counts = new int[column.Levels.Count + 1];
                foreach (var c in codes)
                {
                    counts[c >= 0 && c < column.Levels.Count ? c : column.Levels.Count]++;
                }

                for (var l = 0; l <= column.Levels.Count; l++)
                {
                    var level = l < column.Levels.Count ? column.Levels[l] : FeaturePlan.MissingLevel;
                    if (counts[l] >= low && counts[l] <= high && pc.Levels.Contains(level, StringComparer.Ordinal))
                    {
                        var code = l < column.Levels.Count ? l : -1;
                        result.Add(new Candidate(pc.Name, Kind.Level, new IndicatorSource(pc.Name, level, null), counts[l], new(() => Bits(n, i => code >= 0 ? codes[i] == code : codes[i] < 0 || codes[i] >= column.Levels.Count))));
                    }
                }
            }
            else if (pc.Role == ColumnRole.Boolean)
            {
                var x = column.NumberArray!;
                foreach (var value in new[] { 0f, 1f })
                {
                    var count = x.Count(v => v == value);
                    if (count >= low && count <= high)
                    {
                        result.Add(new Candidate(pc.Name, Kind.Flag, new IndicatorSource(pc.Name, null, value), count, new(() => Bits(n, i => x[i] == value))));
                    }
                }
            }
            else if (pc.Sentinel is { } sentinel && sentinelRows.TryGetValue(pc.Name, out var rows))
            {
                result.Add(new Candidate(pc.Name, Kind.Sentinel, new IndicatorSource(pc.Name, null, sentinel), rows.Count(r => r), new(() => Bits(n, i => rows[i]))));
            }
            else if (pc.Role == ColumnRole.Numeric)
            {
                var x = column.NumberArray!;
                var min = float.PositiveInfinity;
                foreach (var v in x)
                {
                    min = float.IsFinite(v) && v < min ? v : min;
                }

                var count = x.Count(v => v == min);
                if (count >= low && count <= high)
                {
                    result.Add(new Candidate(pc.Name, Kind.Minimum, new IndicatorSource(pc.Name, null, min), count, new(() => Bits(n, i => x[i] == min))));
                }
            }
        }

        return result;
    }

    /// <summary>The fact's name: a level text repeated in several columns, else the first level, else the first condition.</summary>
    private static string Label(List<Candidate> members)
    {
        var repeated = members.Where(m => m.Kind == Kind.Level && m.Source.Level != FeaturePlan.MissingLevel)
            .GroupBy(m => m.Source.Level!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (repeated is not null && repeated.Count() >= 2)
        {
            return repeated.Key;
        }

        var first = members.FirstOrDefault(m => m.Kind is Kind.Level or Kind.Sentinel) ?? members[0];
        return first.Kind == Kind.Level && first.Source.Level!.Contains(' ', StringComparison.Ordinal) ? first.Source.Level : first.Source.ToString();
    }

    private static ulong[] Bits(int n, Func<int, bool> holds)
    {
        var bits = new ulong[(n + 63) / 64];
        for (var i = 0; i < n; i++)
        {
            if (holds(i))
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }

        return bits;
    }

    private static long Intersection(ulong[] a, ulong[] b)
    {
        long c = 0;
        for (var w = 0; w < a.Length; w++)
        {
            c += BitOperations.PopCount(a[w] & b[w]);
        }

        return c;
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>One level or value of one column; its bit set is built only when a candidate of similar count needs it.</summary>
    private sealed record Candidate(string Column, Kind Kind, IndicatorSource Source, long Count, Lazy<ulong[]> Lazy)
    {
        public ulong[] Bits => Lazy.Value;
    }
}
