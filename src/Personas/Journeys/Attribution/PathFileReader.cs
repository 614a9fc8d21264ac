using System.Globalization;
using Personas.Data;
using Personas.Data.Text;

namespace Personas.Journeys.Attribution;

/// <summary>
/// Reads ChannelAttribution's aggregated path format: a column <c>path</c> with touchpoints joined by <c>&gt;</c>
/// (<c>a &gt; b &gt; c</c>), <c>total_conversions</c>, and optionally <c>total_conversion_value</c> and <c>total_null</c>.
/// Comma, semicolon or tab delimited; <c>.gz</c> accepted.
/// </summary>
/// <example>
/// <code>
/// var paths = PathFileReader.ReadFile("PathData.csv");
/// var result = AttributionModels.Compute(paths);
/// </code>
/// </example>
public static class PathFileReader
{
    private const double MaxCount = 9007199254740992;

    /// <summary>Reads a path file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="policy">What to do with a bad row (empty path, a count that is not a non-negative number).</param>
    /// <param name="delimiter">The delimiter, or null to detect it.</param>
    /// <returns>The paths, with any excluded rows.</returns>
    /// <exception cref="PersonasDataException">The file is missing, lacks the <c>path</c> or <c>total_conversions</c> column, or (with <see cref="RowErrorPolicy.Fail"/>) has a bad row.</exception>
    public static PathSet ReadFile(string path, RowErrorPolicy policy = RowErrorPolicy.Exclude, char? delimiter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        var d = delimiter ?? DelimiterDetector.Detect(TextSource.Peek(path)).Delimiter;
        using var tokenizer = new CsvTokenizer(TextSource.Open(path), d, name);
        if (!tokenizer.ReadRecord())
        {
            throw new PersonasDataException(name, 1, null, null, "expected a header line with 'path' and 'total_conversions'; the file is empty");
        }

        var header = new List<string>();
        tokenizer.CopyFields(header);
        int Find(string column) => header.FindIndex(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
        var pathCol = Find("path");
        var convCol = Find("total_conversions");
        var valueCol = Find("total_conversion_value");
        var nullCol = Find("total_null");
        if (pathCol < 0 || convCol < 0)
        {
            throw new PersonasDataException(name, 1, pathCol < 0 ? "path" : "total_conversions", string.Join(", ", header), "expected the columns 'path' and 'total_conversions' (ChannelAttribution's format)");
        }

        var needed = new[] { pathCol, convCol, valueCol, nullCol }.Max() + 1;
        var builder = new PathSet.Builder(name);
        var touchpoints = new List<string>();
        while (tokenizer.ReadRecord())
        {
            if (tokenizer.IsBlankRecord)
            {
                continue;
            }

            var line = tokenizer.RecordLine;
            void Bad(string? column, string? found, string expected)
            {
                if (policy == RowErrorPolicy.Fail)
                {
                    throw new PersonasDataException(name, line, column, found, expected);
                }

                builder.Exclude(new ExcludedRow(line, null, (column is null ? "" : $"column '{column}': ") + expected + (found is null ? "" : $", found '{PersonasDataException.Shorten(found)}'")));
            }

            if (tokenizer.FieldCount < needed)
            {
                Bad(null, null, $"expected {needed} fields, found {tokenizer.FieldCount}");
                continue;
            }

            touchpoints.Clear();
            foreach (var part in tokenizer.FieldString(pathCol).Split('>'))
            {
                var t = part.Trim();
                if (t.Length > 0)
                {
                    touchpoints.Add(t);
                }
            }

            if (touchpoints.Count == 0)
            {
                Bad("path", tokenizer.FieldString(pathCol), "expected touchpoints separated by '>'");
                continue;
            }

            if (!TryCount(tokenizer.Field(convCol), out var conversions))
            {
                Bad("total_conversions", tokenizer.FieldString(convCol), "expected a non-negative number (at most 2^53)");
                continue;
            }

            var nulls = 0.0;
            if (nullCol >= 0 && !TryCount(tokenizer.Field(nullCol), out nulls))
            {
                Bad("total_null", tokenizer.FieldString(nullCol), "expected a non-negative number (at most 2^53)");
                continue;
            }

            var value = 0.0;
            if (valueCol >= 0 && !TryCount(tokenizer.Field(valueCol), out value))
            {
                Bad("total_conversion_value", tokenizer.FieldString(valueCol), "expected a non-negative number (at most 2^53)");
                continue;
            }

            builder.Add(touchpoints, conversions, nulls, value, null);
        }

        return builder.Build(valueCol >= 0, false);
    }

    private static bool TryCount(ReadOnlySpan<char> s, out double value)
    {
        s = s.Trim();
        if (s.IsEmpty)
        {
            value = 0;
            return true;
        }

        // At most 2^53 (the largest count a double holds exactly), so that totals over many rows stay finite.
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0 && value <= MaxCount;
    }
}
