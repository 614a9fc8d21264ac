using Personas.Charts;
using Personas.Data;
using Personas.Journeys;
using Personas.Segmentation;
using Personas.Tests.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>An app that references the packages gets byte-for-byte the files the command line writes.</summary>
public class LibraryOutputsTests
{
    [Fact]
    public void Save_FromAnApp_WritesTheSameFilesAsPersonasBuild()
    {
        var customers = Path.Combine(Paths.DataSamples, "customers.csv");
        var events = Path.Combine(Paths.DataSamples, "touchpoints.csv");
        var dir = Paths.NewTempDir();
        var cliOut = Path.Combine(dir, "cli");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", customers, "--events", events, "--k", "6", "--out", cliOut);
        Assert.True(code == 0, err);

        var table = CustomerReader.ReadFile(customers);
        var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { K = 6 } });
        var personaByCustomer = Enumerable.Range(0, table.RowCount).ToDictionary(i => table.Ids[i], result.PersonaIdOf, StringComparer.Ordinal);
        var journeys = JourneyAnalyzer.Analyze(EventLogReader.ReadFile(events), new JourneyOptions(), personaByCustomer);
        var appOut = Path.Combine(dir, "app");
        var written = result.Save(appOut, new BuildOutputOptions
        {
            Journeys = journeys,
            InputFiles = [customers, events],
            RunOptions = new Dictionary<string, string> { ["customers"] = customers, ["events"] = events, ["k"] = "6" },
            Clock = FixedClock.Default,
            Charts = PlotlyReportCharts.Instance,
        });

        Assert.Equal(["assignments.csv", "cards.md", "exclusions.csv", "journeys.json", "model.persona.json", "personas.json", "report.html"], written);
        foreach (var file in Directory.GetFiles(cliOut).Select(Path.GetFileName))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(cliOut, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(appOut, file!))), file + " differs");
        }
    }
}
