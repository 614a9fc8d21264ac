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
            JsonFields.Strings(w, "path", v.Path);
            w.WriteNumber("count", v.Count);
            JsonFields.Number(w, "share", v.Share);
            JsonFields.Number(w, "cumulativeShare", v.CumulativeShare);
            w.WriteNumber("conversions", v.Conversions);
            JsonFields.Number(w, "conversionRate", v.ConversionRate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("otherVariants");
        w.WriteNumber("variants", s.Other.Variants);
        w.WriteNumber("count", s.Other.Count);
        JsonFields.Number(w, "share", s.Other.Share);
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
            JsonFields.Number(w, "dropOffShare", st.DropOffShare);
            JsonFields.Number(w, "medianSecondsToNext", st.MedianSecondsToNext);
            JsonFields.Number(w, "p90SecondsToNext", st.P90SecondsToNext);
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
        JsonFields.String(w, "bottleneckStage", f2.BottleneckStage);
        JsonFields.Number(w, "bottleneckDropOffShare", f2.BottleneckDropOffShare);
        JsonFields.String(w, "longestWaitStage", f2.LongestWaitStage);
        JsonFields.Number(w, "longestWaitMedianSeconds", f2.LongestWaitMedianSeconds);
        JsonFields.Strings(w, "longWaitStages", f2.LongWaitStages);
        if (f2.SlowestTransition is { } slow)
        {
            w.WritePropertyName("slowestTransition");
            WriteEdge(w, slow);
        }
        else
        {
            w.WriteNull("slowestTransition");
        }

        JsonFields.String(w, "dropOffTouchpoint", f2.DropOffTouchpoint);
        JsonFields.Number(w, "dropOffTouchpointShare", f2.DropOffTouchpointShare);
        JsonFields.Number(w, "neverConvertShare", f2.NeverConvertShare);
        w.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter w, PersonaJourneyComparison c)
    {
        w.WriteStartObject();
        w.WriteNumber("journeys", c.Journeys);
        JsonFields.Number(w, "neverConvertShare", c.NeverConvertShare);
        JsonFields.String(w, "losesMostAtStage", c.LosesMostAtStage);
        JsonFields.Number(w, "losesMostAtStageShare", c.LosesMostAtStageShare);
        JsonFields.String(w, "dropOffTouchpoint", c.DropOffTouchpoint);
        JsonFields.Number(w, "dropOffTouchpointShare", c.DropOffTouchpointShare);
        JsonFields.Strings(w, "typicalPath", c.TypicalPath);
        JsonFields.Number(w, "typicalPathShare", c.TypicalPathShare);
        JsonFields.String(w, "longWaitStage", c.LongWaitStage);
        JsonFields.Number(w, "longWaitMedianSeconds", c.LongWaitMedianSeconds);
        w.WriteStartArray("differences");
        foreach (var d in c.Differences)
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind);
            w.WriteString("item", d.Item);
            JsonFields.Number(w, "personaShare", d.PersonaShare);
            JsonFields.Number(w, "otherShare", d.OtherShare);
            JsonFields.Number(w, "z", d.Z);
            JsonFields.Number(w, "pValue", d.PValue);
            JsonFields.Number(w, "qValue", d.QValue);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonFields.Strings(w, "sentences", c.Sentences);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, DfgEdge e)
    {
        w.WriteStartObject();
        w.WriteString("from", e.From);
        w.WriteString("to", e.To);
        w.WriteNumber("count", e.Count);
        JsonFields.Number(w, "relative", e.Relative);
        JsonFields.Number(w, "meanSeconds", e.MeanSeconds);
        JsonFields.Number(w, "medianSeconds", e.MedianSeconds);
        JsonFields.Number(w, "minSeconds", e.MinSeconds);
        JsonFields.Number(w, "maxSeconds", e.MaxSeconds);
        JsonFields.Number(w, "sumSeconds", e.SumSeconds);
        JsonFields.Number(w, "stdevSeconds", e.StdevSeconds);
        w.WriteEndObject();
    }

    private static void WriteFunnel(Utf8JsonWriter w, FunnelResult f)
    {
        w.WriteStartObject();
        w.WriteString("name", f.Name);
        w.WriteString("kind", f.Kind == FunnelKind.Closed ? "closed" : "open");
        w.WriteString("mode", f.Mode == FunnelStepMode.Eventually ? "eventually" : "directly");
        JsonFields.Number(w, "maxStepSeconds", f.MaxStepSeconds);
        w.WriteStartArray("steps");
        foreach (var s in f.Steps)
        {
            w.WriteStartObject();
            w.WriteString("step", s.Step);
            w.WriteNumber("count", s.Count);
            JsonFields.Number(w, "shareOfFirst", s.ShareOfFirst);
            JsonFields.Number(w, "shareOfPrevious", s.ShareOfPrevious);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
