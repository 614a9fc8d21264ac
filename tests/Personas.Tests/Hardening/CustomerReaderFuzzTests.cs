using System.Text;
using Personas.Data;
using Personas.Features;

namespace Personas.Tests.Hardening;

/// <summary>Hostile and malformed customer files: a read succeeds with consistent rows and finite features, or fails with a located <see cref="PersonasDataException"/>.</summary>
public class CustomerReaderFuzzTests
{
    internal const string Seed =
        "customer_id,age,income,segment,joined,active,name\n" +
        "C1,34,52000.5,gold,2020-01-02,true,Ann\n" +
        "C2,45,61000,silver,2019-05-17,false,Bo\n" +
        "C3,,48000,gold,2021-11-30,true,\"Lee, Jr.\"\n" +
        "C4,29,NA,bronze,2018-02-28,yes,Zoë\n" +
        "C5,52,75000.25,silver,2022-07-04,no,\"Mia \"\"M\"\"\"\n" +
        "C6,38,66000,gold,2020-12-31,true,Ola\n";

    internal static readonly string[] Header = ["customer_id", "age", "income", "segment", "joined", "active", "name"];

    [Fact]
    public void ReadFile_OnMalformedFiles_ReadsConsistentlyOrThrowsLocatedDataException()
    {
        var (read, rejected) = FuzzHarness.Run("customers", MalformedInput.Cases(Seed, Header), path => CustomerReader.ReadFile(path), CheckTable);

        // Both outcomes must be common, or the generator is not exercising the reader.
        Assert.True(read > FuzzHarness.Cases / 10, $"only {read} successful reads");
        Assert.True(rejected > FuzzHarness.Cases / 10, $"only {rejected} rejections");
    }

    [Fact]
    public void Read_FromTextReader_OnMalformedText_ReadsConsistentlyOrThrowsLocatedDataException()
    {
        FuzzHarness.Run("customers-text", MalformedInput.Cases(Seed, Header), path =>
        {
            // The text reader gets the bytes decoded leniently (invalid bytes become U+FFFD), as a caller's reader would.
            var bytes = File.ReadAllBytes(path);
            return CustomerReader.Read(new StringReader(Encoding.UTF8.GetString(bytes)), "text.csv");
        }, CheckTable);
    }

    /// <summary>Row accounting, column lengths, lines inside the file, no infinite number, and a finite feature matrix.</summary>
    internal static string? CheckTable(CustomerTable t, FuzzCase c)
    {
        if (t.Ids.Count != t.Lines.Count || t.Columns.Any(col => col.Length != t.RowCount))
        {
            return "column lengths differ from the number of rows";
        }

        if (t.RowsRead != t.RowsUsed + t.Exclusions.Count)
        {
            return "rows read != used + excluded";
        }

        var lines = FuzzHarness.PhysicalLines(c.Bytes);
        if (t.Lines.Concat(t.Exclusions.Select(e => e.Line)).Any(l => l < 1 || l > lines + 1))
        {
            return "a row line outside the file";
        }

        if (t.Lines.Distinct().Count() != t.Lines.Count)
        {
            return "two rows from the same line";
        }

        foreach (var col in t.Columns.Where(col => col.IsNumeric))
        {
            if (col.Numbers.Span.ToArray().Any(float.IsInfinity))
            {
                return $"column '{col.Name}' holds an infinite value";
            }
        }

        foreach (var col in t.Columns.Where(col => !col.IsNumeric && col.Codes.Length > 0))
        {
            if (col.Codes.Span.ToArray().Any(code => code < -1 || code >= col.Levels.Count))
            {
                return $"column '{col.Name}' holds a level code out of range";
            }
        }

        return CheckFeatures(t);
    }

    /// <summary>The values used as features are finite (missing values are imputed, never passed on as NaN).</summary>
    internal static string? CheckFeatures(CustomerTable t)
    {
        if (t.RowCount == 0)
        {
            return null;
        }

        FeatureMatrix m;
        try
        {
            m = FeaturePlan.Learn(t).Transform(t);
        }
        catch (PersonasDataException)
        {
            return null; // for example no usable feature column: documented
        }

        return m.Values.Span.ToArray().All(float.IsFinite) ? null : "a feature value is NaN or infinite";
    }
}
