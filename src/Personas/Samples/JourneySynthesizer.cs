namespace Personas.Samples;

/// <summary>
/// Draws one customer's journeys: need recognition, information search, purchase decision, post-purchase, repurchase.
/// Times are minutes from the customer's first event; the whole timeline is then placed inside the data window.
/// </summary>
internal static class JourneySynthesizer
{
    public const string NeedRecognition = "need_recognition";
    public const string InformationSearch = "information_search";
    public const string PurchaseDecision = "purchase_decision";
    public const string PostPurchase = "post_purchase";
    public const string Repurchase = "repurchase";

    private const double AddToCartShare = 0.7;
    private const int MinutesPerHour = 60;
    private const int MinutesPerDay = 24 * 60;

    public static IReadOnlyList<SampleEvent> Draw(PersonaSpec spec, SampleCustomer customer, DateTime windowStartUtc, int windowDays, SampleRandom rng)
    {
        var steps = new List<(long Minute, string Touchpoint, string Stage, string Type, double? Value)>();
        var j = spec.Journey;
        long t = 0;
        var journeys = rng.Chance(j.SecondJourney) ? 2 : 1;
        for (var n = 0; n < journeys; n++)
        {
            if (n > 0)
            {
                t += Minutes(rng, 20 * MinutesPerDay, 90 * MinutesPerDay);
            }

            var entry = Pick(j.Entry, rng);
            steps.Add((t, entry, NeedRecognition, TypeOf(entry), null));
            t += Minutes(rng, 30, 2 * MinutesPerDay);

            var searchCount = rng.Int(j.SearchMin, j.SearchMax + 1);
            var dropped = false;
            for (var s = 0; s < searchCount; s++)
            {
                var tp = Pick(j.Search, rng);
                steps.Add((t, tp, InformationSearch, TypeOf(tp), null));
                t += Minutes(rng, 5, (long)(j.SearchGapHours * MinutesPerHour));
                if (tp == j.Bottleneck && rng.Chance(j.BottleneckDrop))
                {
                    dropped = true;
                    break;
                }
            }

            if (dropped || rng.Chance(j.Drop))
            {
                continue;
            }

            t += Minutes(rng, 10, MinutesPerDay);
            t = Purchase(steps, t, Pick(j.Buy, rng), PurchaseDecision, spec, rng);

            if (rng.Chance(j.Repurchase))
            {
                t += Minutes(rng, 20 * MinutesPerDay, 80 * MinutesPerDay);
                var trigger = rng.Chance(0.5) ? "newsletter" : "app";
                steps.Add((t, trigger, Repurchase, TypeOf(trigger), null));
                t += Minutes(rng, 10, 2 * MinutesPerDay);
                t = Purchase(steps, t, Pick(j.Buy, rng), Repurchase, spec, rng);
            }
        }

        // Place the timeline uniformly in the window (spans stay well under the window by construction).
        var windowMinutes = (long)windowDays * MinutesPerDay;
        var span = Math.Min(t, windowMinutes - 1);
        var start = windowStartUtc.AddMinutes(Minutes(rng, 0, windowMinutes - span));
        var events = new List<SampleEvent>(steps.Count);
        foreach (var (minute, touchpoint, stage, type, value) in steps)
        {
            if (minute > span)
            {
                break;
            }

            events.Add(new SampleEvent
            {
                CustomerId = customer.CustomerId,
                Timestamp = NordicClock.ToLocal(customer.Region, start.AddMinutes(minute)),
                Touchpoint = touchpoint,
                Stage = stage,
                EventType = type,
                Value = value,
            });
        }

        return events;
    }

    /// <summary>An optional add-to-cart and a purchase, then (online) a delivery and sometimes a support contact; returns the time of the last event + 1 minute.</summary>
    private static long Purchase(List<(long, string, string, string, double?)> steps, long t, string channel, string stage, PersonaSpec spec, SampleRandom rng)
    {
        if (channel != "store" && rng.Chance(AddToCartShare))
        {
            steps.Add((t, channel, stage, "add_to_cart", null));
            t += Minutes(rng, 2, MinutesPerHour);
        }

        var value = Math.Round(rng.LogNormal(spec.OrderValue.Median, 0.35), 2, MidpointRounding.AwayFromZero);
        steps.Add((t, channel, stage, "purchase", value));
        var last = t;
        if (channel != "store")
        {
            var wait = Math.Max(60L, (long)(rng.LogNormal(spec.Journey.DeliveryHours, 0.35) * MinutesPerHour));
            last = t + wait;
            steps.Add((last, "delivery", PostPurchase, "delivered", null));
        }

        if (rng.Chance(Math.Min(0.6, spec.Returns.Mean * 2)))
        {
            last += Minutes(rng, MinutesPerHour, 5 * MinutesPerDay);
            var tp = rng.Chance(0.5) ? "support" : "chat";
            steps.Add((last, tp, PostPurchase, TypeOf(tp), null));
        }

        return last + 1;
    }

    private static long Minutes(SampleRandom rng, long min, long max) => min + (long)(rng.NextDouble() * (max - min));

    private static string Pick(IReadOnlyList<(string Touchpoint, double Weight)> choices, SampleRandom rng)
    {
        var weights = new double[choices.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = choices[i].Weight;
        }

        return choices[rng.Pick(weights)].Touchpoint;
    }

    private static string TypeOf(string touchpoint) => touchpoint switch
    {
        "social_ads" or "search" => "click",
        "newsletter" => "open",
        "store" => "visit",
        "chat" => "chat",
        "support" => "contact",
        "delivery" => "delivered",
        _ => "view",
    };
}
