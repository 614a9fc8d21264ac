using Personas.Samples;

namespace Personas.Tests.Samples;

/// <summary>The default quarter-0 and quarter-1 samples, generated once per test run (about a second each).</summary>
internal static class SampleFixture
{
    private static readonly Lazy<SampleData> Quarter0Lazy = new(() => SampleGenerator.Generate());
    private static readonly Lazy<SampleData> Quarter1Lazy = new(() => SampleGenerator.Generate(new SampleOptions { Quarter = 1 }));

    public static SampleData Quarter0 => Quarter0Lazy.Value;

    public static SampleData Quarter1 => Quarter1Lazy.Value;
}
