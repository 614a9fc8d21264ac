using Personas.Features;
using Personas.Journeys;

namespace Personas.Charts.Tests.TestSupport;

/// <summary>Small deterministic inputs for the charts.</summary>
internal static class SampleData
{
    public static readonly string[] Names = ["Budget families", "Premium loyalists", "Occasional browsers"];

    public static readonly string[] Features = ["Income", "Spend", "Visits", "Age"];

    /// <summary>Three well separated blobs of <paramref name="perPersona"/> customers each, labels 0, 1, 2.</summary>
    public static (FeatureMatrix Matrix, int[] Labels) Blobs(int perPersona, int seed = 7)
    {
        var centres = new[] { new[] { -1.0, -1, 0.5, 0 }, new[] { 1.5, 1.5, 1, 0.5 }, new[] { 0, -0.5, -1.5, -0.5 } };
        var random = new Random(seed);
        var rows = 3 * perPersona;
        var values = new float[rows * 4];
        var labels = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            labels[i] = i % 3;
            for (var j = 0; j < 4; j++)
            {
                values[(i * 4) + j] = (float)(centres[labels[i]][j] + ((random.NextDouble() - 0.5) * 0.8));
            }
        }

        return (new FeatureMatrix(values, rows, 4, Features), labels);
    }

    public static KCandidate[] Candidates =>
    [
        new(2, 0.41, 0.95, 0.45), new(3, 0.52, 0.91, 0.30), new(4, 0.47, 0.74, 0.12), new(5, 0.39, 0.66, double.NaN),
    ];

    public static FlowEdge[][] Flows =>
    [
        [new("Start", "Ad", 60), new("Ad", "Web", 50), new("Web", "Cart", 30), new("Cart", "Purchase", 20), new("Web", "Email", 10), new("Email", "Web", 8)],
        [new("Start", "Email", 40), new("Email", "Web", 35), new("Web", "Cart", 30), new("Cart", "Purchase", 27)],
        [new("Start", "Ad", 80), new("Ad", "Web", 30), new("Web", "Cart", 6), new("Cart", "Purchase", 2)],
    ];

    /// <summary>100 journeys: Ad (60) or Email (40), then Web (80), Cart (40), then the outcome (35 bought).</summary>
    public static JourneyStepMap StepMap => new(
        3,
        0.03,
        100,
        [
            new(0, "Ad", StepNodeKind.Touchpoint, 60, 20), new(0, "Email", StepNodeKind.Touchpoint, 40, 15), new(1, "Web", StepNodeKind.Touchpoint, 80, 35),
            new(2, "Cart", StepNodeKind.Touchpoint, 40, 35), new(3, "bought", StepNodeKind.Bought, 35, 35), new(3, "did not buy", StepNodeKind.DidNotBuy, 65, 0),
        ],
        [new(0, 2, 50, 20), new(0, 5, 10, 0), new(1, 2, 30, 15), new(1, 5, 10, 0), new(2, 3, 40, 35), new(2, 5, 40, 0), new(3, 4, 35, 35), new(3, 5, 5, 0)]);

    public static JourneyStepMap[] StepMaps => [StepMap, StepMap, StepMap];

    public static string[] Stages => ["Aware", "Visit", "Cart", "Purchase"];

    public static double[][] StageCounts => [[100, 60, 30, 20], [40, 38, 30, 27], [80, 30, 6, 2]];

    public static string[] Touchpoints => ["Ad", "Email", "Web", "Search"];

    public static AttributionSeries[] Models =>
    [
        new("First touch", [50, 30, 10, 10]), new("Last touch", [10, 20, 55, 15]),
        new("Linear", [25, 25, 35, 15]), new("Markov", [30, 28, 30, 12]),
    ];

    public static double[][] Migration => [[90, 10, 0], [5, 70, 5], [0, 20, 40], [15, 5, 10]];

    public static string[] PreviousNames => ["Budget families", "Premium loyalists", "Occasional browsers", "Deal seekers"];

    public static IReadOnlyList<Plotly.NET.GenericChart> AllCharts()
    {
        var (m, labels) = Blobs(200);
        return
        [
            PersonaCharts.PersonaMap(m, labels, Names),
            PersonaCharts.SizesAndValueShares(Names, [200, 200, 200], [0.25, 0.6, 0.15]),
            PersonaCharts.TraitHeatmap(m, labels, Names),
            PersonaCharts.TraitRadars(m, labels, Names),
            PersonaCharts.ChoosingK(Candidates, 3),
            PersonaCharts.JourneyMap(Names, StepMaps),
            PersonaCharts.StageFunnel(Stages, Names, StageCounts),
            PersonaCharts.TransitionHeatmap(Names, Flows),
            PersonaCharts.Attribution(Touchpoints, Models),
            PersonaCharts.MigrationSankey(PreviousNames, Names, Migration, "2026 Q2", "2026 Q3"),
        ];
    }
}
