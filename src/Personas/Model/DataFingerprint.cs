using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Personas.Data;
using Personas.Reporting;

namespace Personas.Model;

/// <summary>
/// Identifies the data a model was trained on without storing any of it: the row count, the column names and a
/// SHA-256 hash of the content (ids, column names, roles and every value). Two tables with the same content in the
/// same row order have the same fingerprint.
/// </summary>
/// <param name="Source">Where the data came from (file name or description).</param>
/// <param name="Rows">The number of rows used.</param>
/// <param name="Columns">The column names, in table order (the id column excluded).</param>
/// <param name="ContentHash">The content hash, <c>sha256:</c> followed by 64 lowercase hex digits.</param>
public sealed record DataFingerprint(string Source, int Rows, IReadOnlyList<string> Columns, string ContentHash)
{
    /// <summary>The random seed of the run that produced the model, when known.</summary>
    /// <value>The default is null.</value>
    public int? Seed { get; init; }

    /// <summary>The options of the run as given (for example the command line's), for reproducing it.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The input files of the run with their sizes and SHA-256 hashes.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyList<InputFileInfo> Inputs { get; init; } = [];

    /// <summary>Computes the fingerprint of a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The fingerprint.</returns>
    public static DataFingerprint Compute(CustomerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // The hashed byte stream is buffered (64 KiB at a time): the same bytes, far fewer hash calls, no string encodings allocated.
        var buffer = new byte[1 << 16];
        var used = 0;
        void Room(int bytes)
        {
            if (used + bytes > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
            }
        }

        void Int(long v)
        {
            Room(8);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(used), v);
            used += 8;
        }

        void Text(string? s)
        {
            if (s is null)
            {
                Int(-1);
                return;
            }

            var length = Encoding.UTF8.GetByteCount(s);
            Int(length);
            if (length > buffer.Length)
            {
                Room(buffer.Length);
                hash.AppendData(Encoding.UTF8.GetBytes(s));
                return;
            }

            Room(length);
            used += Encoding.UTF8.GetBytes(s, buffer.AsSpan(used));
        }

        void Bytes(ReadOnlySpan<byte> utf8)
        {
            Int(utf8.Length);
            if (utf8.Length > buffer.Length)
            {
                Room(buffer.Length);
                hash.AppendData(utf8);
                return;
            }

            Room(utf8.Length);
            utf8.CopyTo(buffer.AsSpan(used));
            used += utf8.Length;
        }

        Int(table.RowCount);
        if (table.Ids is Personas.Data.Parsing.CompactIds compact)
        {
            // The same bytes as Text(id), without making a string of each id.
            for (var i = 0; i < compact.Count; i++)
            {
                Bytes(compact.Utf8(i));
            }
        }
        else
        {
            foreach (var id in table.Ids)
            {
                Text(id);
            }
        }

        foreach (var column in table.Columns)
        {
            Text(column.Name);
            Int((long)column.Role);
            if (column.IsNumeric)
            {
                Room(buffer.Length);
                hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(column.Numbers.Span));
            }
            else
            {
                foreach (var code in column.Codes.Span)
                {
                    Text(code >= 0 && code < column.Levels.Count ? column.Levels[code] : null);
                }
            }
        }

        hash.AppendData(buffer, 0, used);
        var hex = Convert.ToHexStringLower(hash.GetHashAndReset());
        return new DataFingerprint(table.Source, table.RowCount, table.Columns.Select(c => c.Name).ToArray(), "sha256:" + hex);
    }
}
