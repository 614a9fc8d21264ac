using System.Globalization;
using System.Text;

namespace Personas.Data;

/// <summary>Finds duplicate rows and near-duplicate ids in a customer table, in one pass each (hashing, no pairwise comparison).</summary>
public static class DataQualityCheck
{
    /// <summary>Checks a table for rows identical in every column but the id, and for ids that differ only in case, spaces, punctuation or leading zeros.</summary>
    /// <param name="table">The customers.</param>
    /// <returns>The findings (empty when there are none).</returns>
    public static IReadOnlyList<DataQualityIssue> Check(CustomerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var issues = new List<DataQualityIssue>();
        if (table.RowsUsed == table.RowCount && DuplicateRows(table) is { } duplicates)
        {
            issues.Add(duplicates);
        }

        if (table.IdColumn is not null && NearDuplicateIds(table) is { } ids)
        {
            issues.Add(ids);
        }

        return issues;
    }

    private static DataQualityIssue? DuplicateRows(CustomerTable table)
    {
        var columns = table.Columns.Where(c => c.Role is not (ColumnRole.Id or ColumnRole.Text or ColumnRole.Ignored)).ToArray();
        if (columns.Length == 0)
        {
            return null;
        }

        var n = table.RowCount;
        var first = new Dictionary<ulong, int>();
        var duplicates = 0;
        for (var i = 0; i < n; i++)
        {
            var h = RowHash(columns, i);
            if (first.TryGetValue(h, out var j) && SameRow(columns, i, j))
            {
                duplicates++;
            }
            else
            {
                first.TryAdd(h, i);
            }
        }

        return duplicates == 0 ? null : new DataQualityIssue(
            DataQualityKind.DuplicateRows,
            null,
            duplicates,
            $"{Count(duplicates)} {(duplicates == 1 ? "row" : "rows")} ({Pct(duplicates, n)}) {(duplicates == 1 ? "repeats" : "repeat")} another row in every column but the id: possibly the same customer exported twice. They are kept; remove them from the file if they are copies.");
    }

    private static DataQualityIssue? NearDuplicateIds(CustomerTable table)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var examples = new List<string>();
        var count = 0;
        foreach (var id in table.Ids)
        {
            var key = Normalise(id);
            if (key.Length == 0)
            {
                continue;
            }

            if (groups.TryGetValue(key, out var other))
            {
                if (!string.Equals(other, id, StringComparison.Ordinal))
                {
                    count++;
                    if (examples.Count < 3)
                    {
                        examples.Add($"'{other}' and '{id}'");
                    }
                }
            }
            else
            {
                groups[key] = id;
            }
        }

        return count == 0 ? null : new DataQualityIssue(
            DataQualityKind.NearDuplicateIds,
            table.IdColumn,
            count,
            $"{Count(count)} {(count == 1 ? "id differs" : "ids differ")} from another id only in case, spaces, punctuation or leading zeros ({string.Join(", ", examples)}): possibly one customer under two ids.");
    }

    /// <summary>An id without case, spaces, punctuation and the leading zeros of its numbers (<c>C-001</c> -> <c>c1</c>).</summary>
    private static string Normalise(string id)
    {
        var b = new StringBuilder(id.Length);
        var previousDigit = false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var nextIsDigit = id.AsSpan(i + 1).IndexOfAnyExcept(" -_./") is var j && j >= 0 && char.IsDigit(id[i + 1 + j]);
            if (c == '0' && !previousDigit && nextIsDigit)
            {
                continue; // a leading zero of a number
            }

            previousDigit = char.IsDigit(c);
            b.Append(char.ToLowerInvariant(c));
        }

        return b.ToString();
    }

    private static ulong RowHash(CustomerColumn[] columns, int i)
    {
        var h = 14695981039346656037UL;
        foreach (var c in columns)
        {
            var bits = c.NumberArray is { } x ? (ulong)BitConverter.SingleToInt32Bits(float.IsNaN(x[i]) ? float.NaN : x[i]) : (ulong)(uint)c.CodeArray![i];
            h = (h ^ bits) * 1099511628211UL;
        }

        return h;
    }

    private static bool SameRow(CustomerColumn[] columns, int i, int j)
    {
        foreach (var c in columns)
        {
            if (c.NumberArray is { } x)
            {
                if (!(x[i] == x[j] || (float.IsNaN(x[i]) && float.IsNaN(x[j]))))
                {
                    return false;
                }
            }
            else if (c.CodeArray![i] != c.CodeArray[j])
            {
                return false;
            }
        }

        return true;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(int count, int n) => (100.0 * count / n).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
