using Personas.Json;

namespace Personas.Journeys;

/// <summary>The variants, graph, stage, funnel, findings and comparison objects of <c>journeys.json</c>.</summary>
internal static partial class JourneyJson
{
    private static List<VariantJson> Variants(JourneySummary s) => [.. s.Variants.Select(Variant)];

    private static VariantJson Variant(PathVariant v) => new()
    {
        Path = v.Path,
        Count = v.Count,
        Share = OutputJson.Number(v.Share),
        CumulativeShare = OutputJson.Number(v.CumulativeShare),
        Conversions = v.Conversions,
        ConversionRate = OutputJson.Number(v.ConversionRate),
    };

    private static string SplitName(JourneySplit split) => split switch
    {
        JourneySplit.Purchase => "purchase",
        JourneySplit.JourneyColumn => "journeyColumn",
        JourneySplit.AtConversion => "atConversion",
        JourneySplit.InactivityGap => "inactivityGap",
        _ => "perCustomer",
    };

    private static JourneyPathsJson Paths(JourneyPaths p) => new()
    {
        MinShare = OutputJson.Number(p.MinShare),
        Typical = p.Typical is { } t ? Variant(t) : null,
        TypicalConverting = p.TypicalConverting is { } c ? Variant(c) : null,
        TypicalAbandoned = p.TypicalAbandoned is { } a ? Variant(a) : null,
        ConvertingJourneys = p.ConvertingJourneys,
        AbandonedJourneys = p.AbandonedJourneys,
        Converting = [.. p.Converting.Select(Variant)],
        Abandoned = [.. p.Abandoned.Select(Variant)],
        Entries = Shares(p.Entries),
        PurchaseTouchpoints = Shares(p.PurchaseTouchpoints),
    };

    private static List<TouchpointShareJson> Shares(IReadOnlyList<TouchpointShare> shares) =>
        [.. shares.Select(s => new TouchpointShareJson { Touchpoint = s.Touchpoint, Count = s.Count, Share = OutputJson.Number(s.Share) })];

    private static StepMapJson StepMap(JourneyStepMap m) => new()
    {
        Steps = m.Steps,
        MinShare = OutputJson.Number(m.MinShare),
        Journeys = m.Journeys,
        Nodes =
        [
            .. m.Nodes.Select(n => new StepNodeJson
            {
                Column = n.Column,
                Label = n.Label,
                Kind = n.Kind switch { StepNodeKind.Other => "other", StepNodeKind.Bought => "bought", StepNodeKind.DidNotBuy => "didNotBuy", _ => "touchpoint" },
                Count = n.Count,
                Converting = n.Converting,
            }),
        ],
        Links = [.. m.Links.Select(l => new StepLinkJson { From = l.From, To = l.To, Count = l.Count, Converting = l.Converting })],
    };

    private static OtherVariantsJson Other(OtherVariants o) => new()
    {
        Variants = o.Variants,
        Count = o.Count,
        Share = OutputJson.Number(o.Share),
        Conversions = o.Conversions,
    };

    private static DfgJson Dfg(DirectlyFollowsGraph g) => new()
    {
        Edges = [.. g.Edges.Select(Edge)],
        Start = Counts(g.Start),
        End = Counts(g.End),
    };

    private static List<StageJson> Stages(JourneySummary s) =>
    [
        .. s.Stages.Select(st => new StageJson
        {
            Stage = st.Stage,
            Reached = st.Reached,
            Continued = st.Continued,
            DropOff = st.DropOff,
            DropOffShare = OutputJson.Number(st.DropOffShare),
            MedianSecondsToNext = OutputJson.Number(st.MedianSecondsToNext),
            P90SecondsToNext = OutputJson.Number(st.P90SecondsToNext),
            LongWait = st.LongWait,
        }),
    ];

    private static JourneyFindingsJson Findings(JourneyFindings f) => new()
    {
        BottleneckStage = f.BottleneckStage,
        BottleneckDropOffShare = OutputJson.Number(f.BottleneckDropOffShare),
        LongestWaitStage = f.LongestWaitStage,
        LongestWaitMedianSeconds = OutputJson.Number(f.LongestWaitMedianSeconds),
        LongWaitStages = f.LongWaitStages,
        SlowestTransition = f.SlowestTransition is { } slow ? Edge(slow) : null,
        DropOffTouchpoint = f.DropOffTouchpoint,
        DropOffTouchpointShare = OutputJson.Number(f.DropOffTouchpointShare),
        NeverConvertShare = OutputJson.Number(f.NeverConvertShare),
        BuyingShare = OutputJson.Number(f.BuyingShare),
        RepurchaseShare = OutputJson.Number(f.RepurchaseShare),
    };

    private static JourneyComparisonJson Comparison(PersonaJourneyComparison c) => new()
    {
        Journeys = c.Journeys,
        NeverConvertShare = OutputJson.Number(c.NeverConvertShare),
        LosesMostAtStage = c.LosesMostAtStage,
        LosesMostAtStageShare = OutputJson.Number(c.LosesMostAtStageShare),
        DropOffTouchpoint = c.DropOffTouchpoint,
        DropOffTouchpointShare = OutputJson.Number(c.DropOffTouchpointShare),
        TypicalPath = c.TypicalPath,
        TypicalPathShare = OutputJson.Number(c.TypicalPathShare),
        LongWaitStage = c.LongWaitStage,
        LongWaitMedianSeconds = OutputJson.Number(c.LongWaitMedianSeconds),
        Differences =
        [
            .. c.Differences.Select(d => new JourneyDifferenceJson
            {
                Kind = d.Kind,
                Item = d.Item,
                PersonaShare = OutputJson.Number(d.PersonaShare),
                OtherShare = OutputJson.Number(d.OtherShare),
                Z = OutputJson.Number(d.Z),
                PValue = OutputJson.Number(d.PValue),
                QValue = OutputJson.Number(d.QValue),
                EffectSize = OutputJson.Number(d.EffectSize),
            }),
        ],
        Sentences = c.Sentences,
        Customers = c.Customers,
        BuyingShare = OutputJson.Number(c.BuyingShare),
        RepurchaseShare = OutputJson.Number(c.RepurchaseShare),
        LosesMostAtStageReached = c.LosesMostAtStageReached,
        TypicalPathMinShare = OutputJson.Number(c.TypicalPathMinShare),
        LargestPathShare = OutputJson.Number(c.LargestPathShare),
        TypicalPathConversionRate = OutputJson.Number(c.TypicalPathConversionRate),
        TypicalConvertingPath = c.TypicalConvertingPath,
        TypicalConvertingPathShare = OutputJson.Number(c.TypicalConvertingPathShare),
        TypicalAbandonedPath = c.TypicalAbandonedPath,
        TypicalAbandonedPathShare = OutputJson.Number(c.TypicalAbandonedPathShare),
        Entries = Shares(c.Entries),
        PurchaseTouchpoints = Shares(c.PurchaseTouchpoints),
        SlowerWaits =
        [
            .. c.SlowerWaits.Select(w => new SlowerWaitJson
            {
                From = w.From,
                FromPurchase = w.FromPurchase,
                To = w.To,
                ToPurchase = w.ToPurchase,
                Count = w.Count,
                OthersCount = w.OthersCount,
                PersonaMedianSeconds = OutputJson.Number(w.PersonaMedianSeconds),
                OthersMedianSeconds = OutputJson.Number(w.OthersMedianSeconds),
                Ratio = OutputJson.Number(w.Ratio),
            }),
        ],
    };

    private static EdgeJson Edge(DfgEdge e) => new()
    {
        From = e.From,
        To = e.To,
        Count = e.Count,
        Relative = OutputJson.Number(e.Relative),
        MeanSeconds = OutputJson.Number(e.MeanSeconds),
        MedianSeconds = OutputJson.Number(e.MedianSeconds),
        MinSeconds = OutputJson.Number(e.MinSeconds),
        MaxSeconds = OutputJson.Number(e.MaxSeconds),
        SumSeconds = OutputJson.Number(e.SumSeconds),
        StdevSeconds = OutputJson.Number(e.StdevSeconds),
    };

    private static FunnelJson Funnel(FunnelResult f) => new()
    {
        Name = f.Name,
        Kind = f.Kind == FunnelKind.Closed ? "closed" : "open",
        Mode = f.Mode == FunnelStepMode.Eventually ? "eventually" : "directly",
        MaxStepSeconds = OutputJson.Number(f.MaxStepSeconds),
        Steps =
        [
            .. f.Steps.Select(s => new FunnelStepJson
            {
                Step = s.Step,
                Count = s.Count,
                ShareOfFirst = OutputJson.Number(s.ShareOfFirst),
                ShareOfPrevious = OutputJson.Number(s.ShareOfPrevious),
            }),
        ],
    };
}
