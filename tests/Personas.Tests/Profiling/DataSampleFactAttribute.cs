using Personas.Tests.TestSupport;

namespace Personas.Tests.Profiling;

/// <summary>A fact that needs a file in data-samples/; skips with a reason while the sample data is not in the checkout.</summary>
public sealed class DataSampleFactAttribute : FactAttribute
{
    public DataSampleFactAttribute(string relativePath)
    {
        if (!File.Exists(Path.Combine(Paths.DataSamples, relativePath)))
        {
            Skip = $"needs data-samples/{relativePath}, which is not in this checkout";
        }
    }
}
