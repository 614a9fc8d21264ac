namespace Personas.Tests.Hardening;

/// <summary>One generated input: the file's bytes and the extension it is written with (<c>.csv</c>, <c>.csv.gz</c>, <c>.json</c>).</summary>
internal sealed record FuzzCase(byte[] Bytes, string Extension)
{
    /// <summary>Shown by FsCheck when a case fails: the size and the start of the content.</summary>
    public override string ToString() =>
        $"{Extension} {Bytes.Length} bytes: {System.Text.Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 600)).ReplaceLineEndings("\\n")}";
}
