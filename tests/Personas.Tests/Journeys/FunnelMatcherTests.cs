using FsCheck;
using FsCheck.Fluent;
using Personas.Journeys;

namespace Personas.Tests.Journeys;

public class FunnelMatcherTests
{
    /// <summary>The one-pass matcher against an exhaustive search over every chain of events, for every mode and kind.</summary>
    [Fact]
    public void Match_RandomJourneys_EqualsExhaustiveSearch()
    {
        var gen = from length in Gen.Choose(0, 9)
                  from symbols in Gen.ArrayOf(Gen.Choose(0, 2), length)
                  from gaps in Gen.ArrayOf(Gen.Choose(0, 3), length)
                  from stepCount in Gen.Choose(1, 4)
                  from steps in Gen.ArrayOf(Gen.Choose(0, 2), stepCount)
                  from max in Gen.Choose(0, 4)
                  from mode in Gen.Elements(FunnelStepMode.Eventually, FunnelStepMode.Directly)
                  from kind in Gen.Elements(FunnelKind.Closed, FunnelKind.Open)
                  select (symbols, gaps, steps, max, mode, kind);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var ticks = new long[t.symbols.Length];
            for (var i = 1; i < ticks.Length; i++)
            {
                ticks[i] = ticks[i - 1] + t.gaps[i];
            }

            var maxTicks = t.max == 4 ? long.MaxValue : t.max;
            var reached = new bool[t.steps.Length];
            FunnelMatcher.Match(t.symbols, ticks, t.steps, t.mode, maxTicks, t.kind, reached);
            return reached.SequenceEqual(Exhaustive(t.symbols, ticks, t.steps, t.mode, maxTicks, t.kind));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Match_AChainThatNeedsALaterOccurrence_IsFound()
    {
        // a at 0, b at 1 and 20, c at 40, at most 24 between steps: only a > b(20) > c(40) works.
        var reached = new bool[3];
        FunnelMatcher.Match([0, 1, 1, 2], [0, 1, 20, 40], [0, 1, 2], FunnelStepMode.Eventually, 24, FunnelKind.Closed, reached);
        Assert.Equal([true, true, true], reached);
    }

    private static bool[] Exhaustive(int[] symbols, long[] ticks, int[] steps, FunnelStepMode mode, long max, FunnelKind kind)
    {
        var reached = new bool[steps.Length];
        var entries = kind == FunnelKind.Closed ? 1 : steps.Length;
        for (var entry = 0; entry < entries; entry++)
        {
            for (var i = 0; i < symbols.Length; i++)
            {
                if (symbols[i] == steps[entry])
                {
                    Extend(entry, i);
                }
            }
        }

        return reached;

        void Extend(int step, int at)
        {
            reached[step] = true;
            if (step + 1 == steps.Length)
            {
                return;
            }

            for (var next = at + 1; next < (mode == FunnelStepMode.Directly ? Math.Min(at + 2, symbols.Length) : symbols.Length); next++)
            {
                if (symbols[next] == steps[step + 1] && ticks[next] - ticks[at] <= max)
                {
                    Extend(step + 1, next);
                }
            }
        }
    }
}
