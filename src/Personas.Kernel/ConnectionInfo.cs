using System.Globalization;
using System.Text.Json;
using Personas.Data;

namespace Personas.Kernel;

/// <summary>
/// A Jupyter connection file: where the kernel binds its five sockets and the key that signs every message. The
/// front end (JupyterLab, VS Code, nbclient) writes it and passes its path as <c>{connection_file}</c>.
/// </summary>
public sealed record ConnectionInfo
{
    /// <summary>The address to bind to.</summary>
    /// <value>The default is 127.0.0.1.</value>
    public string IP { get; init; } = "127.0.0.1";

    /// <summary>The ZeroMQ transport; only <c>tcp</c> is supported.</summary>
    /// <value>The default is tcp.</value>
    public string Transport { get; init; } = "tcp";

    /// <summary>The shell (requests and replies) port.</summary>
    public int ShellPort { get; init; }

    /// <summary>The IOPub (broadcast of outputs and status) port.</summary>
    public int IOPubPort { get; init; }

    /// <summary>The stdin (input requests) port.</summary>
    public int StdinPort { get; init; }

    /// <summary>The control (interrupt, shutdown) port.</summary>
    public int ControlPort { get; init; }

    /// <summary>The heartbeat port.</summary>
    public int HeartbeatPort { get; init; }

    /// <summary>The message signing key; empty turns signing off (Jupyter front ends always set one).</summary>
    /// <value>The default is empty.</value>
    public string Key { get; init; } = string.Empty;

    /// <summary>The signature scheme; only <c>hmac-sha256</c> is supported.</summary>
    /// <value>The default is hmac-sha256.</value>
    public string SignatureScheme { get; init; } = "hmac-sha256";

    /// <summary>Reads and checks a connection file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The connection settings.</returns>
    /// <exception cref="PersonasDataException">The file is not a valid connection file; the message names the file and the field.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses and checks connection-file JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <returns>The connection settings.</returns>
    /// <exception cref="PersonasDataException">The text is not a valid connection file.</exception>
    public static ConnectionInfo Parse(string json, string source = "connection file")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new PersonasDataException(source, (e.LineNumber ?? 0) + 1, "byte " + ((e.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture), "invalid JSON", "a Jupyter connection file (JSON object)");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new PersonasDataException(source, null, null, root.ValueKind.ToString(), "a Jupyter connection file (JSON object)");
        }

        var info = new ConnectionInfo
        {
            IP = Text(root, "ip", source) ?? "127.0.0.1",
            Transport = Text(root, "transport", source) ?? "tcp",
            ShellPort = Port(root, "shell_port", source),
            IOPubPort = Port(root, "iopub_port", source),
            StdinPort = Port(root, "stdin_port", source),
            ControlPort = Port(root, "control_port", source),
            HeartbeatPort = Port(root, "hb_port", source),
            Key = Text(root, "key", source) ?? string.Empty,
            SignatureScheme = Text(root, "signature_scheme", source) ?? "hmac-sha256",
        };
        if (info.Transport != "tcp")
        {
            throw new PersonasDataException(source, null, null, "transport '" + info.Transport + "'", "transport 'tcp' (ipc is not supported by this kernel)");
        }

        if (info.SignatureScheme != "hmac-sha256")
        {
            throw new PersonasDataException(source, null, null, "signature_scheme '" + info.SignatureScheme + "'", "signature_scheme 'hmac-sha256'");
        }

        return info;
    }

    internal string Endpoint(int port) => "tcp://" + (IP is "*" or "0.0.0.0" ? "*" : IP) + ":" + port.ToString(CultureInfo.InvariantCulture);

    private static string? Text(JsonElement root, string name, string source) =>
        !root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : throw new PersonasDataException(source, null, null, $"'{name}': {v.ValueKind}", $"'{name}' as a string");

    private static int Port(JsonElement root, string name, string source)
    {
        if (!root.TryGetProperty(name, out var v))
        {
            throw new PersonasDataException(source, null, null, $"no '{name}'", $"'{name}' (a port number 1-65535)");
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var port) || port is < 1 or > 65535)
        {
            throw new PersonasDataException(source, null, null, $"'{name}': {v.GetRawText()}", $"'{name}' as a port number 1-65535");
        }

        return port;
    }
}
