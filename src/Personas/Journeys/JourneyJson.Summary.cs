using System.Text.Json;

namespace Personas.Journeys;

/// <summary>The journey summary, persona comparison, edge and funnel objects of <c>journeys.json</c>.</summary>
public static partial class JourneyJson
{
    private static void WriteSummaryFields(Utf8JsonWriter w, JourneySummary s)
    {
        w.WriteNumber("customers", s.Customers);
        w.WriteNumber("journeys", s.Journeys);
        w.WriteNumber("events", s.Events);
        w.WriteNumber("excluded", s.Excluded);
        w.WriteNumber("conversions", s.Conversions);
        w.WriteNumber("convertingJourneys", s.ConvertingJourneys);
        w.WriteNumber("variantCount", s.VariantCount);
        w.WriteStartArray("variants");
        foreach (var v in s.Variants)
        {
            w.WriteStartObject();
            w.WritePropertyName("path");
            WriteStrings(w, v.Path);
            w.WriteNumber("count", v.Count);
            Number(w, "share", v.Share);
            Number(w, "cumulativeShare", v.CumulativeShare);
            w.WriteNumber("conversions", v.Conversions);
            Number(w, "conversionRate", v.ConversionRate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("otherVariants");
        w.WriteNumber("variants", s.Other.Variants);
        w.WriteNumber("count", s.Other.Count);
        Number(w, "share", s.Other.Share);
        w.WriteNumber("conversions", s.Other.Conversions);
        w.WriteEndObject();
        w.WriteStartObject("dfg");
        w.WriteStartArray("edges");
        foreach (var e in s.Dfg.Edges)
        {
            WriteEdge(w, e);
        }

        w.WriteEndArray();
        Counts(w, "start", s.Dfg.Start);
        Counts(w, "end", s.Dfg.End);
        w.WriteEndObject();
        w.WriteStartArray("stages");
        foreach (var st in s.Stages)
        {
            w.WriteStartObject();
            w.WriteString("stage", st.Stage);
            w.WriteNumber("reached", st.Reached);
            w.WriteNumber("continued", st.Continued);
            w.WriteNumber("dropOff", st.DropOff);
            Number(w, "dropOffShare", st.DropOffShare);
            Number(w, "medianSecondsToNext", st.MedianSecondsToNext);
            Number(w, "p90SecondsToNext", st.P90SecondsToNext);
            w.WriteBoolean("longWait", st.LongWait);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Counts(w, "unmappedTouchpoints", s.UnmappedTouchpoints);
        Moves(w, "skips", s.Skips);
        Moves(w, "regressions", s.Regressions);
        w.WritePropertyName("stageFunnel");
        WriteFunnel(w, s.StageFunnel);
        w.WriteStartArray("funnels");
        foreach (var f in s.Funnels)
        {
            WriteFunnel(w, f);
        }

        w.WriteEndArray();
        w.WritePropertyName("attribution");
        WriteAttribution(w, s.Attribution);
        w.WriteNumber("conversionsWithoutTouches", s.ConversionsWithoutTouches);
        var f2 = s.Findings;
        w.WriteStartObject("findings");
        NullableString(w, "bottleneckStage", f2.BottleneckStage);
        Number(w, "bottleneckDropOffShare", f2.BottleneckDropOffShare);
        NullableString(w, "longestWaitStage", f2.LongestWaitStage);
        Number(w, "longestWaitMedianSeconds", f2.LongestWaitMedianSeconds);
        w.WritePropertyName("longWaitStages");
        WriteStrings(w, f2.LongWaitStages);
        if (f2.SlowestTransition is { } slow)
        {
            w.WritePropertyName("slowestTransition");
            WriteEdge(w, slow);
        }
        else
        {
            w.WriteNull("slowestTransition");
        }

        NullableString(w, "dropOffTouchpoint", f2.DropOffTouchpoint);
        Number(w, "dropOffTouchpointShare", f2.DropOffTouchpointShare);
        Number(w, "neverConvertShare", f2.NeverConvertShare);
        w.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter w, PersonaJourneyComparison c)
    {
        w.WriteStartObject();
        w.WriteNumber("journeys", c.Journeys);
        Number(w, "neverConvertShare", c.NeverConvertShare);
        NullableString(w, "losesMostAtStage", c.LosesMostAtStage);
        Number(w, "losesMostAtStageShare", c.LosesMostAtStageShare);
        NullableString(w, "dropOffTouchpoint", c.DropOffTouchpoint);
        Number(w, "dropOffTouchpointShare", c.DropOffTouchpointShare);
        w.WritePropertyName("typicalPath");
        WriteStrings(w, c.TypicalPath);
        Number(w, "typicalPathShare", c.TypicalPathShare);
        NullableString(w, "longWaitStage", c.LongWaitStage);
        Number(w, "longWaitMedianSeconds", c.LongWaitMedianSeconds);
        w.WriteStartArray("differences");
        foreach (var d in c.Differences)
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind);
            w.WriteString("item", d.Item);
            Number(w, "personaShare", d.PersonaShare);
            Number(w, "otherShare", d.OtherShare);
            Number(w, "z", d.Z);
            Number(w, "pValue", d.PValue);
            Number(w, "qValue", d.QValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("sentences");
        WriteStrings(w, c.Sentences);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, DfgEdge e)
    {
        w.WriteStartObject();
        w.WriteString("from", e.From);
        w.WriteString("to", e.To);
        w.WriteNumber("count", e.Count);
        Number(w, "relative", e.Relative);
        Number(w, "meanSeconds", e.MeanSeconds);
        Number(w, "medianSeconds", e.MedianSeconds);
        Number(w, "minSeconds", e.MinSeconds);
        Number(w, "maxSeconds", e.MaxSeconds);
        Number(w, "sumSeconds", e.SumSeconds);
        Number(w, "stdevSeconds", e.StdevSeconds);
        w.WriteEndObject();
    }

    private static void WriteFunnel(Utf8JsonWriter w, FunnelResult f)
    {
        w.WriteStartObject();
        w.WriteString("name", f.Name);
        w.WriteString("kind", f.Kind == FunnelKind.Closed ? "closed" : "open");
        w.WriteString("mode", f.Mode == FunnelStepMode.Eventually ? "eventually" : "directly");
        Number(w, "maxStepSeconds", f.MaxStepSeconds);
        w.WriteStartArray("steps");
        foreach (var s in f.Steps)
        {
            w.WriteStartObject();
            w.WriteString("step", s.Step);
            w.WriteNumber("count", s.Count);
            Number(w, "shareOfFirst", s.ShareOfFirst);
            Number(w, "shareOfPrevious", s.ShareOfPrevious);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
