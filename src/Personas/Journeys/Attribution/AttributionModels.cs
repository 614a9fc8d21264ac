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
    public static ChannelCredit FirstTouch(PathSet paths) => Spread(paths, "firstTouch", (n, i, _) => i == 0 ? 1 : 0);

    /// <summary>All credit of a conversion to the path's last touch.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit LastTouch(PathSet paths) => Spread(paths, "lastTouch", (n, i, _) => i == n - 1 ? 1 : 0);

    /// <summary>Equal credit to each touch of the path, repeats included.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit Linear(PathSet paths) => Spread(paths, "linear", (n, _, _) => 1.0 / n);

    /// <summary>40% to the first touch, 40% to the last and 20% shared by the touches between (one touch gets 100%, two get 50% each).</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The credit.</returns>
    public static ChannelCredit PositionBased(PathSet paths) => Spread(paths, "positionBased", (n, i, _) => n switch
    {
        1 => 1,
        2 => 0.5,
        _ => i == 0 || i == n - 1 ? 0.4 : 0.2 / (n - 2),
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
        var ages = paths.AgesSeconds;
        var weights = new double[ages.Length];
        var offsets = paths.Offsets;
        for (var p = 0; p < paths.Count; p++)
        {
            var total = 0.0;
            for (var k = offsets[p]; k < offsets[p + 1]; k++)
            {
                weights[k] = Math.Pow(2, -Math.Max(0, ages[k]) / halfLife);
                total += weights[k];
            }

            for (var k = offsets[p]; k < offsets[p + 1]; k++)
            {
                weights[k] /= total;
            }
        }

        var starts = offsets.ToArray();
        return Spread(paths, "timeDecay", (n, i, p) => weights[starts[p] + i]);
    }

    private static ChannelCredit Spread(PathSet paths, string model, Func<int, int, int, double> weight)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var conv = new double[paths.Channels.Count];
        var value = new double[paths.Channels.Count];
        for (var p = 0; p < paths.Count; p++)
        {
            var c = paths.Conversions(p);
            if (c <= 0)
            {
                continue;
            }

            var v = paths.Value(p);
            var touches = paths.ChannelIds(p);
            for (var i = 0; i < touches.Length; i++)
            {
                var w = weight(touches.Length, i, p);
                conv[touches[i]] += c * w;
                value[touches[i]] += v * w;
            }
        }

        var convMap = new Dictionary<string, double>(StringComparer.Ordinal);
        var valueMap = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < conv.Length; k++)
        {
            convMap[paths.Channels[k]] = conv[k];
            valueMap[paths.Channels[k]] = value[k];
        }

        return new ChannelCredit(model, convMap, paths.HasValues ? valueMap : null);
    }
}
