using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Personas.Data;

namespace Personas.Benchmarks;

/// <summary>
/// Reading speed and memory (issue 3): a 1,000,000 x 20 numeric CSV into a customer table (target under 2 s on the
/// 2-core machine, about 4 bytes per value), and Online Retail transactions to RFM features (target under 3 s).
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private string _numericCsv = string.Empty;

    /// <summary>Online Retail in ../shared/datasets next to the repository, found by walking up from the benchmark's folder.</summary>
    public static string OnlineRetailPath { get; set; } = FindShared(Path.Combine("online-retail", "online_retail.csv"));

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _numericCsv = WriteNumericCsv(Path.Combine(Path.GetTempPath(), $"personas-bench-{Rows}x20.csv"), Rows, 20, seed: 42);

    [Benchmark]
    public CustomerTable ReadNumericCsv() => CustomerReader.ReadFile(_numericCsv);

    [Benchmark]
    public CustomerTable OnlineRetailToRfm() => TransactionReader.ReadFile(OnlineRetailPath, new TransactionOptions
    {
        CustomerColumn = "CustomerID",
        DateColumn = "InvoiceDate",
        QuantityColumn = "Quantity",
        PriceColumn = "UnitPrice",
        InvoiceColumn = "InvoiceNo",
    });

    private static string FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine("shared", "datasets", relative);
    }

    /// <summary>Writes a rows x columns CSV of numbers with up to 6 significant digits (once; reused when present).</summary>
    public static string WriteNumericCsv(string path, int rows, int columns, int seed)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var rng = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write(string.Join(",", Enumerable.Range(1, columns).Select(c => "x" + c.ToString(CultureInfo.InvariantCulture))));
        w.Write('\n');
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0)
                {
                    w.Write(',');
                }

                w.Write(Math.Round(rng.NextDouble() * 1000, 3).ToString(CultureInfo.InvariantCulture));
            }

            w.Write('\n');
        }

        return path;
    }
}
