namespace Personas.Journeys.Attribution;

/// <summary>The heuristic attribution models (first touch, last touch, linear, time decay, position-based) and all models at once.</summary>
/// <example>
/// <code>
/// var result = AttributionModels.Compute(PathFileReader.ReadFile("PathData.csv"), new AttributionOptions { MarkovOrder = 2 });
/// </code>
/// </example>
public static class AttributionModels
{
    /// <summary>Runs every model.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="options">Model settings; null for the defaults.</param>
    /// <returns>Every model's credit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static AttributionResult Compute(PathSet paths, AttributionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new AttributionOptions();
        options.Validate();
        return new AttributionResult(
            paths.Count,
            paths.TotalConversions,
            paths.TotalNulls,
            paths.TotalValue,
            paths.HasValues,
            FirstTouch(paths),
            LastTouch(paths),
            Linear(paths),
            paths.HasTimes ? TimeDecay(paths, options.TimeDecayHalfLifeDays) : null,
            PositionBased(paths),
            MarkovAttribution.Compute(paths, options));
    }

    /// <summary>All credit of a conversion to the path's first touch.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit FirstTouch(PathSet paths) => Spread(paths, "firstTouch", (_, w) =>
    {
        w.Clear();
        w[0] = 1;
    });

    /// <summary>All credit of a conversion to the path's last touch.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit LastTouch(PathSet paths) => Spread(paths, "lastTouch", (_, w) =>
    {
        w.Clear();
        w[^1] = 1;
    });

    /// <summary>Equal credit to each touch of the path, repeats included.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit Linear(PathSet paths) => Spread(paths, "linear", (_, w) => w.Fill(1.0 / w.Length));

    /// <summary>40% to the first touch, 40% to the last and 20% shared by the touches between (one touch gets 100%, two get 50% each).</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit PositionBased(PathSet paths) => Spread(paths, "positionBased", (_, w) =>
    {
        var n = w.Length;
        if (n <= 2)
        {
            w.Fill(1.0 / n);
            return;
        }

        w.Fill(0.2 / (n - 2));
        w[0] = 0.4;
        w[^1] = 0.4;
    });

    /// <summary>Credit proportional to <c>2^(-age / half-life)</c>, where age is the time from the touch to the conversion.</summary>
    /// <param name="paths">The paths (with touch times).</param>
    /// <param name="halfLifeDays">The half-life in days.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="ArgumentException">The paths carry no touch times.</exception>
    public static ChannelCredit TimeDecay(PathSet paths, double halfLifeDays)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halfLifeDays);
        if (!paths.HasTimes)
        {
            throw new ArgumentException("Time decay needs touch times; aggregated paths have none.", nameof(paths));
        }

        var halfLife = halfLifeDays * 86400.0;
        return Spread(paths, "timeDecay", (p, w) =>
        {
            var ages = paths.AgesSeconds.Slice(paths.Offsets[p], w.Length);
            for (var k = 0; k < w.Length; k++)
            {
                w[k] = DecayWeight(ages[k], halfLife);
            }

            Normalize(w);
        });
    }

    /// <summary>The unnormalised time-decay weight of a touch.</summary>
    internal static double DecayWeight(double ageSeconds, double halfLifeSeconds) => Math.Pow(2, -Math.Max(0, ageSeconds) / halfLifeSeconds);

    internal static void Normalize(Span<double> w)
    {
        var total = 0.0;
        foreach (var x in w)
        {
            total += x;
        }

        for (var k = 0; k < w.Length; k++)
        {
            w[k] /= total;
        }
    }

    /// <summary>Converts per-channel sums into a credit record.</summary>
    internal static ChannelCredit Credit(IReadOnlyList<string> channels, string model, double[] conv, double[]? value)
    {
        var convMap = new Dictionary<string, double>(StringComparer.Ordinal);
        var valueMap = value is null ? null : new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < conv.Length; k++)
        {
            convMap[channels[k]] = conv[k];
            if (valueMap is not null)
            {
                valueMap[channels[k]] = value![k];
            }
        }

        return new ChannelCredit(model, convMap, valueMap);
    }

    private delegate void PathWeights(int path, Span<double> weights);

    private static ChannelCredit Spread(PathSet paths, string model, PathWeights weigh)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var conv = new double[paths.Channels.Count];
        var value = new double[paths.Channels.Count];
        var longest = 0;
        for (var p = 0; p < paths.Count; p++)
        {
            longest = Math.Max(longest, paths.Offsets[p + 1] - paths.Offsets[p]);
        }

        var buffer = new double[longest];
        for (var p = 0; p < paths.Count; p++)
        {
            var c = paths.Conversions(p);
            if (c <= 0)
            {
                continue;
            }

            var v = paths.Value(p);
            var touches = paths.ChannelIds(p);
            var w = buffer.AsSpan(0, touches.Length);
            weigh(p, w);
            for (var i = 0; i < touches.Length; i++)
            {
                conv[touches[i]] += c * w[i];
                value[touches[i]] += v * w[i];
            }
        }

        return Credit(paths.Channels, model, conv, paths.HasValues ? value : null);
    }
}
