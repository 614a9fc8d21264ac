using System.Text.Json;
using Personas.Data;
using Personas.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>The project reads its own files back: ids that CSV cells guard against spreadsheet formulas come back unchanged.</summary>
public class ReadBackTests
{
    private static readonly string[] Tricky = ["+C00001", "-C00002", "=C00003", "@C00004", "'=C00005", "''+C00006", "'plain", "@home", "plain9"];

    [Theory]
    [InlineData("+C1")]
    [InlineData("-C1")]
    [InlineData("=SUM(A1)")]
    [InlineData("@C1")]
    [InlineData("\tC1")]
    [InlineData("\rC1")]
    [InlineData("'=C1")]
    [InlineData("''@C1")]
    [InlineData("'plain")]
    [InlineData("'")]
    [InlineData("")]
    [InlineData("C1")]
    public void CsvCell_ThenFromCsvCell_GivesTheOriginal_AndNoCellStartsAFormula(string id)
    {
        var cell = SafeText.CsvCell(id);
        var unquoted = cell.StartsWith('"') ? cell[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : cell;
        Assert.Equal(id, SafeText.FromCsvCell(unquoted));
        Assert.False(unquoted.Length > 0 && unquoted[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
    }

    private static (string Customers, string Events) Inputs(string dir)
    {
        var customers = Path.Combine(dir, "customers.csv");
        var events = Path.Combine(dir, "events.csv");
        var rows = new List<string> { "customer_id,spend,visits" };
        var ev = new List<string> { "customer_id,timestamp,touchpoint,event_type" };
        for (var i = 0; i < 60; i++)
        {
            var id = i < Tricky.Length ? Tricky[i] : FormattableString.Invariant($"C{i:00000}");
            var cell = "\"" + id + "\"";
            rows.Add(FormattableString.Invariant($"{cell},{(i % 2 == 0 ? 900 + i : 100 + i)},{(i % 2 == 0 ? 20 : 3)}"));
            ev.Add(FormattableString.Invariant($"{cell},2025-01-0{1 + (i % 5)}T10:00:00Z,web,visit"));
            ev.Add(FormattableString.Invariant($"{cell},2025-01-0{2 + (i % 5)}T10:00:00Z,store,purchase"));
        }

        File.WriteAllLines(customers, rows);
        File.WriteAllLines(events, ev);
        return (customers, events);
    }

    [Fact]
    public void GuardedIds_RoundTripThroughAssignments_ForJourneysAndRefresh()
    {
        var dir = Paths.NewTempDir();
        var (customers, events) = Inputs(dir);
        var build = Path.Combine(dir, "build");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", customers, "--k", "2", "--out", build);
        Assert.True(code == 0, err);
        var assignments = Path.Combine(build, "assignments.csv");
        Assert.Contains("'+C00001", File.ReadAllText(assignments), StringComparison.Ordinal);
        var read = AssignmentsFile.Read(assignments);
        Assert.All(Tricky, id => Assert.True(read.ContainsKey(id), id));

        (code, _, err) = BuildCommandTests.Run("journeys", "--events", events, "--assignments", assignments, "--out", Path.Combine(dir, "j"));
        Assert.True(code == 0, err);
        Assert.DoesNotContain("warning:", err, StringComparison.Ordinal);
        var journeys = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "j", "journeys.json"))).RootElement;
        Assert.Equal(0, journeys.GetProperty("unassignedJourneys").GetInt32());

        (code, var stdout, err) = BuildCommandTests.Run("refresh", "--previous", Path.Combine(build, "model.persona.json"), "--customers", customers, "--k", "2", "--out", Path.Combine(dir, "r"));
        Assert.True(code == 0, err);
        var drift = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "r", "drift.json"))).RootElement;
        Assert.Equal(60, drift.GetProperty("migration").GetProperty("customersInBoth").GetInt32());
        Assert.Equal(0, drift.GetProperty("migration").GetProperty("changedShare").GetDouble());
        Assert.DoesNotContain("warning:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignmentsMatchingFewCustomers_GiveAWarning()
    {
        var dir = Paths.NewTempDir();
        var (_, events) = Inputs(dir);
        var other = Path.Combine(dir, "other.csv");
        File.WriteAllLines(other, ["customer_id,persona_id", "C00009,P1", "C00010,P2", "X1,P1"]);
        var (code, _, err) = BuildCommandTests.Run("journeys", "--events", events, "--assignments", other, "--out", Path.Combine(dir, "j"));
        Assert.Equal(0, code);
        Assert.Contains("warning: --assignments other.csv names a persona for only 2 of 60 customers in the events", err, StringComparison.Ordinal);
    }
}
