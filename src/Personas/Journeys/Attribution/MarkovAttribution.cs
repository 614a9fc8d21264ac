namespace Personas.Journeys.Attribution;

/// <summary>
/// Markov-chain attribution with the semantics of the R/Python package ChannelAttribution: consecutive repeats of
/// a touchpoint collapsed, transitions weighted by conversions plus nulls, a null state when non-converting paths are
/// given, removal effects solved exactly on the absorbing chain (dense elimination for up to 400 states, Gauss-Seidel
/// to machine precision above; deterministic, no simulation), and
/// <c>attribution_c = RE_c / sum_j RE_j * total conversions</c>. For order k &gt; 1 a state is the tuple of the last k
/// touchpoints (shorter at the start of a path); removing a touchpoint removes every state that holds it.
/// </summary>
/// <example>
/// <code>
/// var r = MarkovAttribution.Compute(PathSet.FromPaths([new(["A", "B", "A"], 1), new(["A"], 1)]));
/// double a = r.Conversions["A"];
/// </code>
/// </example>
public static class MarkovAttribution
{
    /// <summary>Computes Markov attribution.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="options">Order, bootstrap and seed; null for the defaults.</param>
    /// <returns>The chain, removal effects and credited conversions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static MarkovResult Compute(PathSet paths, AttributionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new AttributionOptions();
        options.Validate();
        var chain = new MarkovChain(paths, options.MarkovOrder);
        var conversions = new double[paths.Count];
        var nulls = new double[paths.Count];
        for (var p = 0; p < paths.Count; p++)
        {
            conversions[p] = paths.Conversions(p);
            nulls[p] = paths.Nulls(p);
        }

        var transitions = chain.Count(conversions, nulls);
        var (probability, effects) = RemovalEffects(chain, transitions);
        var totalConversions = paths.TotalConversions;
        var credit = Credit(effects, totalConversions);
        var channels = paths.Channels;
        var removal = ToMap(channels, effects);
        var conv = ToMap(channels, credit);
        var values = paths.HasValues ? ToMap(channels, Credit(effects, paths.TotalValue)) : null;
        var list = Describe(chain, transitions);
        var intervals = options.BootstrapResamples > 0 ? Bootstrap(paths, chain, options) : null;
        return new MarkovResult(options.MarkovOrder, probability, removal, conv, values, list, chain.StateCount, intervals, options.BootstrapResamples);
    }

    private static (double Probability, double[] Effects) RemovalEffects(MarkovChain chain, MarkovChain.Transitions transitions)
    {
        var full = chain.Solve(transitions, null);
        var effects = new double[chain.ChannelCount];
        var removed = new bool[chain.ChannelCount];
        for (var c = 0; c < effects.Length; c++)
        {
            removed[c] = true;
            var without = chain.Solve(transitions, removed);
            removed[c] = false;
            effects[c] = full > 0 ? Math.Max(0, 1 - (without / full)) : 0;
        }

        return (full, effects);
    }

    private static double[] Credit(double[] effects, double total)
    {
        var sum = effects.Sum();
        return effects.Select(e => sum > 0 ? e / sum * total : 0).ToArray();
    }

    private static Dictionary<string, double> ToMap(IReadOnlyList<string> channels, double[] values)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < channels.Count; c++)
        {
            map[channels[c]] = values[c];
        }

        return map;
    }

    private static MarkovTransition[] Describe(MarkovChain chain, MarkovChain.Transitions t)
    {
        var s = chain.StateCount;
        string Name(int i) => i < s ? chain.StateNames[i] : i == s ? MarkovChain.StartName : i == s + 1 ? MarkovChain.ConversionName : MarkovChain.NullName;
        var list = new List<MarkovTransition>(t.Columns.Length);
        for (var r = 0; r <= s; r++)
        {
            for (var k = t.RowStart[r]; k < t.RowStart[r + 1]; k++)
            {
                list.Add(new MarkovTransition(Name(r), Name(t.Columns[k]), t.Weights[k], t.Probabilities[k]));
            }
        }

        return [.. list];
    }

    // Resamples journeys (each conversion or null is one journey) with replacement, in a fixed order from one seed.
    private static Dictionary<string, ShareInterval> Bootstrap(PathSet paths, MarkovChain chain, AttributionOptions options)
    {
        var n = paths.Count;
        var cumulative = new double[2 * n];
        var acc = 0.0;
        for (var p = 0; p < n; p++)
        {
            acc += paths.Conversions(p);
            cumulative[2 * p] = acc;
            acc += paths.Nulls(p);
            cumulative[(2 * p) + 1] = acc;
        }

        var draws = (long)Math.Round(acc);
        var shares = new double[chain.ChannelCount][];
        for (var c = 0; c < shares.Length; c++)
        {
            shares[c] = new double[options.BootstrapResamples];
        }

        var random = new Random(options.Seed);
        var conv = new double[n];
        var nulls = new double[n];
        for (var r = 0; r < options.BootstrapResamples; r++)
        {
            Array.Clear(conv);
            Array.Clear(nulls);
            for (long d = 0; d < draws; d++)
            {
                var u = random.NextDouble() * acc;
                var k = Array.BinarySearch(cumulative, u);
                k = k < 0 ? ~k : k + 1;
                k = Math.Min(k, cumulative.Length - 1);
                if (k % 2 == 0)
                {
                    conv[k / 2]++;
                }
                else
                {
                    nulls[k / 2]++;
                }
            }

            var (_, effects) = RemovalEffects(chain, chain.Count(conv, nulls));
            var sum = effects.Sum();
            for (var c = 0; c < shares.Length; c++)
            {
                shares[c][r] = sum > 0 ? effects[c] / sum : 0;
            }
        }

        var alpha = (1 - options.ConfidenceLevel) / 2;
        var result = new Dictionary<string, ShareInterval>(StringComparer.Ordinal);
        for (var c = 0; c < shares.Length; c++)
        {
            Array.Sort(shares[c]);
            result[paths.Channels[c]] = new ShareInterval(Quantile(shares[c], alpha), Quantile(shares[c], 1 - alpha));
        }

        return result;
    }

    internal static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
