using System.Text;
using Personas.Samples;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Samples;

public class SampleGeneratorTests
{
    private static readonly string[] Files = [SampleGenerator.CustomersFile, SampleGenerator.TouchpointsFile, SampleGenerator.TruthFile, SampleGenerator.DictionaryFile];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void WriteTo_WithSameSeedTwice_GivesIdenticalBytes(int quarter)
    {
        var options = new SampleOptions { Customers = 400, Seed = 11, Quarter = quarter };
        var (a, b) = (Paths.NewTempDir(), Paths.NewTempDir());
        SampleGenerator.WriteTo(a, options);
        SampleGenerator.WriteTo(b, options);
        foreach (var file in Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }
    }

    [Fact]
    public void Generate_WithAnotherSeed_GivesOtherData()
    {
        var a = SampleGenerator.Generate(new SampleOptions { Customers = 400, Seed = 1 });
        var b = SampleGenerator.Generate(new SampleOptions { Customers = 400, Seed = 2 });
        Assert.NotEqual(a.ToCustomersCsv(), b.ToCustomersCsv());
        Assert.NotEqual(a.ToTruthCsv(), b.ToTruthCsv());
    }

    [Fact]
    public void WriteTo_WithDocumentedOptions_IsByteIdenticalToCommittedDataSamples()
    {
        // data-samples/README.md: dotnet run --project src/Personas.Cli -- sample --customers 5000 --seed 2025 --out data-samples
        var dir = Paths.NewTempDir();
        SampleGenerator.WriteTo(dir, new SampleOptions { Customers = 5000, Seed = 2025 });
        foreach (var file in Files)
        {
            var committed = Path.Combine(Paths.DataSamples, file);
            Assert.True(File.Exists(committed), committed + " is missing");
            Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, file))), file + " differs from a regeneration");
        }
    }

    [Fact]
    public void Defaults_AreTheCommittedOptions()
    {
        var options = new SampleOptions();
        Assert.Equal(5000, options.Customers);
        Assert.Equal(2025, options.Seed);
        Assert.Equal(0, options.Quarter);
        Assert.Equal(SampleFixture.Quarter0.ToCustomersCsv(), SampleGenerator.Generate(options).ToCustomersCsv());
    }

    [Theory]
    [InlineData(99, 0)]
    [InlineData(1_000_001, 0)]
    [InlineData(500, 1001)]
    [InlineData(500, -1)]
    public void Generate_WithOutOfRangeOptions_Throws(int customers, int quarter) =>
        Assert.Throws<OptionValueException>(() => SampleGenerator.Generate(new SampleOptions { Customers = customers, Quarter = quarter }));

    [Fact]
    public void WriteTo_WithEmptyDirectory_Throws() =>
        Assert.Throws<ArgumentException>(() => SampleGenerator.WriteTo(" "));

    [Fact]
    public void CommittedFiles_AreUtf8WithoutBomWithLfLineEndings()
    {
        foreach (var file in Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Paths.DataSamples, file));
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], file + " starts with a BOM");
            Assert.True(Array.IndexOf(bytes, (byte)'\r') < 0, file + " contains CR");
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Fact]
    public void CommittedTouchpoints_StayUnderFourMegabytes() =>
        Assert.True(new FileInfo(Path.Combine(Paths.DataSamples, SampleGenerator.TouchpointsFile)).Length < 4_000_000);

    [Fact]
    public void CustomersCsv_HasTheDocumentedColumnsRowsAndFlaws()
    {
        var lines = SampleFixture.Quarter0.ToCustomersCsv().TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal(19, header.Length);
        var rows = lines.Skip(1).Select(SplitCsv).ToList();
        Assert.Equal(5000, rows.Count);
        Assert.All(rows, r => Assert.Equal(19, r.Count));
        Assert.Equal(5000, rows.Select(r => r[0]).Distinct().Count());

        double MissingShare(string column) => rows.Count(r => r[Array.IndexOf(header, column)].Length == 0) / (double)rows.Count;
        Assert.InRange(MissingShare("nps"), 0.02, 0.04);
        Assert.InRange(MissingShare("email_open_rate"), 0.065, 0.095);
        Assert.InRange(MissingShare("age"), 0.008, 0.025);
        Assert.InRange(MissingShare("last_feedback"), 0.50, 0.60);
        foreach (var column in header.Except(["nps", "email_open_rate", "age", "last_feedback"]))
        {
            Assert.Equal(0, MissingShare(column));
        }

        // Free text with commas and quotes is quoted (RFC 4180), so a naive split would break: a realistic trap.
        Assert.Contains(lines, l => l.EndsWith("\"Friendly service, as always\"", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[18] == "Wish the \"member deals\" lasted longer");
    }

    [Fact]
    public void TruthCsv_ListsEveryCustomerWithItsPersona()
    {
        var data = SampleFixture.Quarter0;
        var lines = data.ToTruthCsv().TrimEnd('\n').Split('\n');
        Assert.Equal("customer_id,persona", lines[0]);
        Assert.Equal(data.Customers.Select(c => c.CustomerId + "," + c.Persona), lines.Skip(1));
    }

    [Fact]
    public void Readme_DocumentsEveryColumnEveryPersonaTraitAndTheCommand()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.DataSamples, "README.md"));
        Assert.Contains("dotnet run --project src/Personas.Cli -- sample --customers 5000 --seed 2025 --out data-samples", readme, StringComparison.Ordinal);
        var columns = SampleFixture.Quarter0.ToCustomersCsv().Split('\n')[0].Split(',')
            .Concat(SampleFixture.Quarter0.ToTouchpointsCsv().Split('\n')[0].Split(','))
            .Concat(["persona"]);
        foreach (var column in columns.Distinct())
        {
            Assert.Contains("`" + column + "`", readme, StringComparison.Ordinal);
        }

        foreach (var persona in SampleFixture.Quarter0.Personas.Concat(SampleFixture.Quarter1.Personas))
        {
            Assert.Contains(persona.Name, readme, StringComparison.Ordinal);
            foreach (var trait in persona.DefiningTraits)
            {
                Assert.Contains(trait.ToString(), readme, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>RFC 4180 split of one line (no embedded newlines in these files).</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(ch);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
