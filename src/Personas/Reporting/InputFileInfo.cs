using System.Security.Cryptography;
using System.Text;

namespace Personas.Reporting;

/// <summary>An input file identified by name, size and content hash (or a SQL query the input rows came from, identified by its text).</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Bytes">The size in bytes.</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the content.</param>
public sealed record InputFileInfo(string File, long Bytes, string Sha256)
{
    /// <summary>Hashes a file.</summary>
    /// <param name="path">The path.</param>
    /// <param name="displayName">The name to record (default: the path as given).</param>
    /// <returns>The file's identity.</returns>
    public static InputFileInfo Of(string path, string? displayName = null)
    {
        using var s = System.IO.File.OpenRead(path);
        var hash = SHA256.HashData(s);
        return new InputFileInfo(displayName ?? path, s.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>The SQL query the rows came from, for a query input; null for a file.</summary>
    /// <value>The default is null.</value>
    public string? Query { get; init; }

    /// <summary>Records a SQL query as an input: its text, UTF-8 size and hash.</summary>
    /// <param name="sql">The query as given.</param>
    /// <param name="name">What the query ran against (<c>query</c>, or the database file).</param>
    /// <returns>The query's identity.</returns>
    public static InputFileInfo OfQuery(string sql, string name = "query")
    {
        ArgumentNullException.ThrowIfNull(sql);
        var bytes = Encoding.UTF8.GetBytes(sql);
        return new InputFileInfo(name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))) { Query = sql };
    }
}
