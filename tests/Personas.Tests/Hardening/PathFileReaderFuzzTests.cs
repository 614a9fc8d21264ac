using Personas.Journeys.Attribution;

namespace Personas.Tests.Hardening;

/// <summary>Hostile and malformed aggregated path files: finite non-negative counts or a located <see cref="Personas.Data.PersonasDataException"/>.</summary>
public class PathFileReaderFuzzTests
{
    private const string Seed =
        "path,total_conversions,total_conversion_value,total_null\n" +
        "alpha > beta > gamma,3,120.5,10\n" +
        "beta,0,0,7\n" +
        "gamma > gamma,1,15,2\n" +
        "\"delta > alpha\",2,40,0\n" +
        "epsilon > beta > alpha > delta,0,,4\n";

    [Fact]
    public void ReadFile_OnMalformedFiles_ReadsConsistentlyOrThrowsLocatedDataException()
    {
        var (read, _) = FuzzHarness.Run("paths", MalformedInput.Cases(Seed, ["path", "total_conversions", "total_conversion_value", "total_null"]),
            path => PathFileReader.ReadFile(path), Check);
        Assert.True(read > FuzzHarness.Cases / 10, $"only {read} successful reads");
    }

    private static string? Check(PathSet paths, FuzzCase c)
    {
        if (paths.Count + paths.Exclusions.Count > FuzzHarness.PhysicalLines(c.Bytes))
        {
            return "more rows than lines";
        }

        if (!double.IsFinite(paths.TotalConversions) || !double.IsFinite(paths.TotalNulls) || !double.IsFinite(paths.TotalValue))
        {
            return "a total is not finite";
        }

        for (var i = 0; i < paths.Count; i++)
        {
            if (!(paths.Conversions(i) >= 0) || !(paths.Nulls(i) >= 0) || !(paths.Value(i) >= 0) || paths.ChannelIds(i).Length == 0)
            {
                return $"path {i} has a negative or NaN count or no touchpoint";
            }

            foreach (var id in paths.ChannelIds(i))
            {
                if (id < 0 || id >= paths.Channels.Count)
                {
                    return "channel id out of range";
                }
            }
        }

        return null;
    }
}
