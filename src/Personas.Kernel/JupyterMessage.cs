using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Personas.Kernel;

/// <summary>
/// One Jupyter message as it travels over ZeroMQ: routing identities, the <c>&lt;IDS|MSG&gt;</c> delimiter, the
/// signature, then header, parent header, metadata and content as JSON, then binary buffers.
/// </summary>
internal sealed class JupyterMessage
{
    public const string ProtocolVersion = "5.3";
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JupyterMessage(IReadOnlyList<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata, JsonObject content, IReadOnlyList<byte[]>? buffers = null)
    {
        Identities = identities;
        Header = header;
        ParentHeader = parentHeader;
        Metadata = metadata;
        Content = content;
        Buffers = buffers ?? [];
    }

    public IReadOnlyList<byte[]> Identities { get; }

    public JsonObject Header { get; }

    public JsonObject ParentHeader { get; }

    public JsonObject Metadata { get; }

    public JsonObject Content { get; }

    public IReadOnlyList<byte[]> Buffers { get; }

    public string Type => Header["msg_type"] is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;

    public string Id => Header["msg_id"] is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;

    /// <summary>Reads a message from its frames; returns null and the reason when it is malformed or its signature is wrong.</summary>
    public static JupyterMessage? Parse(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? refused)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            refused = "malformed message (no <IDS|MSG> delimiter or fewer than five parts after it)";
            return null;
        }

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var parts = frames.Skip(delimiter + 2).Take(4).ToArray();
        refused = signer.Check(signature, parts[0], parts[1], parts[2], parts[3]);
        if (refused is not null)
        {
            return null;
        }

        var objects = new JsonObject[4];
        for (var i = 0; i < 4; i++)
        {
            try
            {
                objects[i] = JsonNode.Parse(parts[i]) as JsonObject ?? new JsonObject();
            }
            catch (JsonException)
            {
                refused = "malformed JSON in a message part";
                return null;
            }
        }

        return new JupyterMessage(frames.Take(delimiter).ToArray(), objects[0], objects[1], objects[2], objects[3], frames.Skip(delimiter + 6).ToArray());
    }

    /// <summary>A new message of <paramref name="type"/> in reply to (or caused by) <paramref name="parent"/>.</summary>
    public static JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, string session, IReadOnlyList<byte[]>? identities = null, JsonObject? metadata = null) =>
        new(
            identities ?? parent?.Identities ?? [],
            new JsonObject
            {
                ["msg_id"] = Guid.NewGuid().ToString("N"),
                ["session"] = session,
                ["username"] = "personas",
                ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                ["msg_type"] = type,
                ["version"] = ProtocolVersion,
            },
            parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone(),
            metadata ?? new JsonObject(),
            content);

    public List<byte[]> ToFrames(MessageSigner signer)
    {
        var header = Bytes(Header);
        var parent = Bytes(ParentHeader);
        var metadata = Bytes(Metadata);
        var content = Bytes(Content);
        var frames = new List<byte[]>(Identities.Count + 6 + Buffers.Count);
        frames.AddRange(Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(Buffers);
        return frames;
    }

    private static byte[] Bytes(JsonObject node) => JsonSerializer.SerializeToUtf8Bytes(node, Json);
}
