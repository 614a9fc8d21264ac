using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Personas.Data;

namespace Personas.Tests.Data;

/// <summary>Nothing lost: over random malformed files, every data record is used or listed as excluded.</summary>
public class RowAccountingPropertyTests
{
    private static readonly string[] Cells =
    [
        "1", "2.5", "-3", "1e3", "", " ", "NA", "abc", "NaN", "Infinity", "1e400", "\"q,uoted\"", "\"multi\nline\"",
        "\"say \"\"hi\"\"\"", "yes", "no", "2020-01-02", "31-12-2020", "7", "8", "9",
    ];

    /// <summary>Builds a file of <paramref name="records"/> data records: ragged rows, blank lines, text in numbers, quoted newlines.</summary>
    internal static string MalformedFile(int seed, int records, out long physicalLines)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder("a,b,c,d\n");
        for (var r = 0; r < records; r++)
        {
            var kind = rng.Next(10);
            var fields = kind switch { 0 => 0, 1 => rng.Next(1, 8), _ => 4 };
            for (var f = 0; f < fields; f++)
            {
                if (f > 0)
                {
                    sb.Append(',');
                }

                // Column a is mostly numeric so that text there makes bad rows rather than a categorical column.
                sb.Append(f == 0 && rng.Next(10) > 0 ? rng.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture) : Cells[rng.Next(Cells.Length)]);
            }

            sb.Append(rng.Next(3) == 0 ? "\r\n" : "\n");
        }

        physicalLines = sb.ToString().Count(c => c == '\n');
        return sb.ToString();
    }

    [Property(MaxTest = 300)]
    public Property RowsRead_IsUsedPlusExcluded_OnRandomMalformedFiles(int seed, PositiveInt size)
    {
        var records = 1 + (size.Get % 60);
        var text = MalformedFile(seed, records, out var lines);
        CustomerTable t;
        try
        {
            t = CustomerReaderTests.ReadText(text);
        }
        catch (PersonasDataException e)
        {
            // The only acceptable failure with the default policies: no usable row at all.
            return e.Message.Contains("usable rows", StringComparison.Ordinal).Label(e.Message);
        }

        var accounted = t.RowCount + t.Exclusions.Count == records && t.RowsRead == records;
        var linesValid = t.Lines.Concat(t.Exclusions.Select(x => x.Line)).All(l => l >= 2 && l <= lines);
        var distinct = t.Lines.Concat(t.Exclusions.Select(x => x.Line)).Distinct().Count() == records;
        var finite = t.Columns.Where(c => c.IsNumeric).All(c => c.Numbers.ToArray().All(v => float.IsNaN(v) || float.IsFinite(v)));
        return (accounted && linesValid && distinct && finite).Label($"records {records}, used {t.RowCount}, excluded {t.Exclusions.Count}");
    }

    [Fact]
    public void MalformedFiles_MostlyRead_SoThePropertyIsNotVacuous()
    {
        var read = 0;
        var excluded = 0;
        for (var seed = 0; seed < 100; seed++)
        {
            try
            {
                var t = CustomerReaderTests.ReadText(MalformedFile(seed, 30, out _));
                read++;
                excluded += t.Exclusions.Count > 0 ? 1 : 0;
            }
            catch (PersonasDataException)
            {
            }
        }

        Assert.True(read >= 90, $"only {read} of 100 files were read");
        Assert.True(excluded >= 80, $"only {excluded} of 100 files had exclusions");
    }
}
