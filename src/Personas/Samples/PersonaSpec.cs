namespace Personas.Samples;

/// <summary>How one planted persona's customers and journeys are drawn. Distributions are in natural units.</summary>
internal sealed record PersonaSpec
{
    public required string Name { get; init; }

    public required double Share { get; init; }

    public required IReadOnlyList<PlantedTrait> Traits { get; init; }

    /// <summary>Normal mean and sd of age.</summary>
    public required (double Mean, double Sd) Age { get; init; }

    /// <summary>Log-normal median and log-sd of tenure in months.</summary>
    public required (double Median, double Sigma) Tenure { get; init; }

    /// <summary>Poisson mean of orders in 12 months.</summary>
    public required double Orders { get; init; }

    public required (double Median, double Sigma) OrderValue { get; init; }

    public required (double Median, double Sigma) WebSessions { get; init; }

    public required (double Mean, double Sd) EmailOpen { get; init; }

    public required (double Mean, double Sd) Discount { get; init; }

    public required (double Mean, double Sd) Returns { get; init; }

    public required (double Mean, double Sd) Nps { get; init; }

    /// <summary>True for the persona whose last order lies far back (beyond the 12-month window for most).</summary>
    public bool Lapsed { get; init; }

    public required double AppUser { get; init; }

    public required double Newsletter { get; init; }

    /// <summary>Weights of web, app, store.</summary>
    public required IReadOnlyList<double> Channel { get; init; }

    /// <summary>Weights of basic, silver, gold, platinum.</summary>
    public required IReadOnlyList<double> Loyalty { get; init; }

    /// <summary>Weights of single, couple, family, shared.</summary>
    public required IReadOnlyList<double> Household { get; init; }

    public required IReadOnlyList<string> Feedback { get; init; }

    public required JourneySpec Journey { get; init; }
}
