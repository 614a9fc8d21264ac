using System.Text;
using Personas.Data;
using Personas.Journeys;
using Personas.Journeys.Attribution;

namespace Personas.Tests.Hardening;

/// <summary>A field longer than the tokenizer's limit (16 Mi characters; a quote left open swallows the rest of a file) is rejected with a located error, and reading it stays bounded in memory.</summary>
public class HugeFieldTests
{
    private const int Limit = 16 * 1024 * 1024;

    public static TheoryData<string> Readers => new() { "customers", "transactions", "events", "paths", "stages" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void ReadFile_QuoteLeftOpenOverMoreThanTheFieldLimit_ThrowsLocatedDataExceptionWithBoundedMemory(string reader)
    {
        var (header, row) = reader switch
        {
            "customers" => ("id,score", "1,\""),
            "transactions" => ("customer,date,amount", "A,2024-01-01,\""),
            "events" => ("customer_id,timestamp,touchpoint", "C1,2025-01-01,\""),
            "paths" => ("path,total_conversions", "a > b,\""),
            _ => ("touchpoint,stage", "tv,\""),
        };
        var dir = FuzzHarness.NewFolder("huge");
        try
        {
            var path = Path.Combine(dir, "huge.csv");
            using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                w.Write(header + "\n" + row);
                var chunk = new string('x', 1 << 20);
                for (var i = 0; i <= Limit >> 20; i++)
                {
                    w.Write(chunk);
                    w.Write('\n');
                }
            }

            var outcome = FuzzHarness.Outcome<object>(() => reader switch
            {
                "customers" => CustomerReader.ReadFile(path),
                "transactions" => TransactionReader.ReadFile(path, new TransactionOptions { CustomerColumn = "customer", DateColumn = "date", AmountColumn = "amount" }),
                "events" => EventLogReader.ReadFile(path),
                "paths" => PathFileReader.ReadFile(path),
                _ => StageModel.LoadFile(path),
            }, new FileInfo(path).Length);

            Assert.Null(outcome.Error);
            var e = Assert.IsAssignableFrom<PersonasDataException>(outcome.Exception);
            Assert.Equal("huge.csv", e.Source);
            Assert.Equal(2, e.Line);
            Assert.Contains("at most 16777216 characters", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
