using System.Security.Cryptography;

namespace Personas.Reporting;

/// <summary>An input file identified by name, size and content hash.</summary>
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
}
