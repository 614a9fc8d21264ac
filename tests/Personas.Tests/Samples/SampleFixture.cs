using Personas.Samples;

namespace Personas.Tests.Samples;

/// <summary>The default samples of quarters 0, 1, 2 and 5, generated once per test run (about a second each).</summary>
internal static class SampleFixture
{
    private static readonly Lazy<SampleData> Quarter0Lazy = new(() => SampleGenerator.Generate());
    private static readonly Lazy<SampleData> Quarter1Lazy = new(() => SampleGenerator.Generate(new SampleOptions { Quarter = 1 }));
    private static readonly Lazy<SampleData> Quarter2Lazy = new(() => SampleGenerator.Generate(new SampleOptions { Quarter = 2 }));
    private static readonly Lazy<SampleData> Quarter5Lazy = new(() => SampleGenerator.Generate(new SampleOptions { Quarter = 5 }));

    public static SampleData Quarter0 => Quarter0Lazy.Value;

    public static SampleData Quarter1 => Quarter1Lazy.Value;

    public static SampleData Quarter2 => Quarter2Lazy.Value;

    public static SampleData Quarter5 => Quarter5Lazy.Value;

    public static SampleData Of(int quarter) => quarter switch
    {
        0 => Quarter0,
        1 => Quarter1,
        2 => Quarter2,
        5 => Quarter5,
        _ => SampleGenerator.Generate(new SampleOptions { Quarter = quarter }),
    };
}
