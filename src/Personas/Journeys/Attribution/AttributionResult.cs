namespace Personas.Journeys.Attribution;

/// <summary>Every attribution model over one path set.</summary>
/// <param name="Paths">The number of paths used.</param>
/// <param name="Conversions">The total conversions.</param>
/// <param name="Nulls">The total non-converting journeys.</param>
/// <param name="Value">The total conversion value (0 without values).</param>
/// <param name="HasValues">True when conversion values were given.</param>
/// <param name="FirstTouch">All credit to the first touch.</param>
/// <param name="LastTouch">All credit to the last touch.</param>
/// <param name="Linear">Equal credit to every touch, repeats included.</param>
/// <param name="TimeDecay">Credit halving every half-life before the conversion; null when touch times are unknown (aggregated paths).</param>
/// <param name="PositionBased">40% to the first touch, 40% to the last, 20% shared by the ones between (one touch: 100%, two: 50/50).</param>
/// <param name="Markov">Markov-chain attribution with exact removal effects.</param>
public sealed record AttributionResult(
    int Paths,
    double Conversions,
    double Nulls,
    double Value,
    bool HasValues,
    ChannelCredit FirstTouch,
    ChannelCredit LastTouch,
    ChannelCredit Linear,
    ChannelCredit? TimeDecay,
    ChannelCredit PositionBased,
    MarkovResult Markov);
