using System.Globalization;

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

        // Rows sorted by (hash, row): equal rows are neighbours, and the first row of each hash is the one compared
        // with; a 16-byte pair per row instead of a dictionary.
        var n = table.RowCount;
        var hashes = new ulong[n];
        var rows = new int[n];
        for (var i = 0; i < n; i++)
        {
            hashes[i] = RowHash(columns, i);
            rows[i] = i;
        }

        SortPairs(hashes, rows);
        var duplicates = 0;
        for (var a = 0; a < n;)
        {
            var b = a + 1;
            while (b < n && hashes[b] == hashes[a])
            {
                b++;
            }

            for (var i = a + 1; i < b; i++)
            {
                duplicates += SameRow(columns, rows[i], rows[a]) ? 1 : 0;
            }

            a = b;
        }

        return duplicates == 0 ? null : new DataQualityIssue(
            DataQualityKind.DuplicateRows,
            null,
            duplicates,
            $"{Count(duplicates)} {(duplicates == 1 ? "row" : "rows")} ({Pct(duplicates, n)}) {(duplicates == 1 ? "repeats" : "repeat")} another row in every column but the id: possibly the same customer exported twice. They are kept; remove them from the file if they are copies.");
    }

    private static DataQualityIssue? NearDuplicateIds(CustomerTable table)
    {
        // Rows sorted by (hash of the normalised id, row): ids with the same key are neighbours. Within a key the first
        // row's id is the one the others are compared with, as a dictionary from key to first id would; no string per
        // key is kept.
        var ids = table.Ids;
        var n = ids.Count;
        var hashes = new ulong[n];
        var rows = new int[n];
        var buffer = new char[64];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var id = ids[i];
            if (buffer.Length < id.Length)
            {
                buffer = new char[id.Length];
            }

            var length = Normalise(id, buffer);
            if (length > 0)
            {
                hashes[m] = Fnv(buffer.AsSpan(0, length));
                rows[m++] = i;
            }
        }

        SortPairs(hashes.AsSpan(0, m), rows.AsSpan(0, m));
        var found = new List<(int Row, string First, string Id)>();
        var count = 0;
        for (var a = 0; a < m;)
        {
            var b = a + 1;
            while (b < m && hashes[b] == hashes[a])
            {
                b++;
            }

            if (b - a > 1)
            {
                var firstByKey = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = a; i < b; i++)
                {
                    var id = ids[rows[i]];
                    var key = Normalise(id);
                    if (!firstByKey.TryAdd(key, id) && !string.Equals(firstByKey[key], id, StringComparison.Ordinal))
                    {
                        count++;
                        found.Add((rows[i], firstByKey[key], id));
                    }
                }
            }

            a = b;
        }

        var examples = found.OrderBy(f => f.Row).Take(3).Select(f => $"'{f.First}' and '{f.Id}'").ToList();
        return count == 0 ? null : new DataQualityIssue(
            DataQualityKind.NearDuplicateIds,
            table.IdColumn,
            count,
            $"{Count(count)} {(count == 1 ? "id differs" : "ids differ")} from another id only in case, spaces, punctuation or leading zeros ({string.Join(", ", examples)}): possibly one customer under two ids.");
    }

    /// <summary>An id without case, spaces, punctuation and the leading zeros of its numbers (<c>C-001</c> -> <c>c1</c>).</summary>
    private static string Normalise(string id)
    {
        var buffer = new char[id.Length];
        return new string(buffer, 0, Normalise(id, buffer));
    }

    /// <summary>Writes the normalised id into <paramref name="into"/> (at least as long as the id) and returns its length.</summary>
    private static int Normalise(ReadOnlySpan<char> id, Span<char> into)
    {
        var length = 0;
        var previousDigit = false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var nextIsDigit = id[(i + 1)..].IndexOfAnyExcept(" -_./") is var j && j >= 0 && char.IsDigit(id[i + 1 + j]);
            if (c == '0' && !previousDigit && nextIsDigit)
            {
                continue; // a leading zero of a number
            }

            previousDigit = char.IsDigit(c);
            into[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    private static ulong Fnv(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    /// <summary>Sorts the pairs by hash, then by row (rows are distinct, so the order is fully determined).</summary>
    private static void SortPairs(Span<ulong> hashes, Span<int> rows)
    {
        hashes.Sort(rows);
        for (var a = 0; a < hashes.Length;)
        {
            var b = a + 1;
            while (b < hashes.Length && hashes[b] == hashes[a])
            {
                b++;
            }

            if (b - a > 1)
            {
                rows[a..b].Sort();
            }

            a = b;
        }
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
