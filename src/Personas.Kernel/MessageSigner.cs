using System.Security.Cryptography;
using System.Text;

namespace Personas.Kernel;

/// <summary>
/// HMAC-SHA256 signatures of Jupyter messages (over header, parent header, metadata and content, as hex), checked in
/// constant time; a signature seen before is refused too (a replayed message).
/// </summary>
internal sealed class MessageSigner
{
    private const int ReplayMemory = 1 << 16;
    private readonly byte[] key;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly object gate = new();

    public MessageSigner(string key) => this.key = Encoding.UTF8.GetBytes(key);

    public bool Enabled => key.Length > 0;

    public string Sign(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!Enabled)
        {
            return string.Empty;
        }

        return Convert.ToHexStringLower(Mac(header, parent, metadata, content));
    }

    /// <summary>Null when the signature is right and new; else why the message is refused.</summary>
    public string? Check(string signature, ReadOnlySpan<byte> header, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!Enabled)
        {
            return null;
        }

        if (signature.Length != 64)
        {
            return signature.Length == 0 ? "unsigned message" : "malformed signature";
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return "malformed signature";
        }

        if (!CryptographicOperations.FixedTimeEquals(given, Mac(header, parent, metadata, content)))
        {
            return "wrong signature";
        }

        lock (gate)
        {
            if (!seen.Add(signature))
            {
                return "duplicate signature (a replayed message)";
            }

            order.Enqueue(signature);
            if (order.Count > ReplayMemory)
            {
                seen.Remove(order.Dequeue());
            }
        }

        return null;
    }

    private byte[] Mac(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(header);
        hmac.AppendData(parent);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }
}
