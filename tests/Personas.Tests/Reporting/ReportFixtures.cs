using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Profiling;

namespace Personas.Tests.Reporting;

public static class ReportFixtures
{
    public static ReportInfo Info(PersonaSet set) => new()
    {
        DataFile = "customers <b>.csv",
        RowsRead = set.TotalCustomers + 3,
        RowsUsed = set.TotalCustomers,
        RowsExcluded = 3,
        K = set.Personas.Count,
        KReason = "chosen automatically: best silhouette among stable solutions",
        Seed = 42,
        LibraryVersion = "0.1.0",
        CreatedAt = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero),
        Warnings = ["Column 'comment' is free text and was ignored."],
        Silhouette = 0.41,
        Stability = 0.82,
    };

    public static (PersonaSet Set, ReportInfo Info) Planted()
    {
        var set = ProfilingFixtures.PlantedSet();
        return (set, Info(set));
    }
}
