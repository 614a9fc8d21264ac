using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Personas.Data;

namespace Personas.Kernel.Tests;

/// <summary>Message signing, the wire format and the connection file, checked against values computed independently.</summary>
public sealed class WireTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Sign_IsHmacSha256OverTheFourPartsInOrder_AsHex()
    {
        var signer = new MessageSigner("secret");

        var signature = signer.Sign(B("{\"h\":1}"), B("{}"), B("{}"), B("{\"c\":2}"));

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(B("secret"), B("{\"h\":1}{}{}{\"c\":2}")));
        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Check_RefusesWrongMalformedUnsignedAndReplayed()
    {
        var signer = new MessageSigner("secret");
        var good = signer.Sign(B("a"), B("b"), B("c"), B("d"));

        Assert.Null(signer.Check(good, B("a"), B("b"), B("c"), B("d")));
        Assert.Equal("duplicate signature (a replayed message)", signer.Check(good, B("a"), B("b"), B("c"), B("d")));
        Assert.Equal("wrong signature", signer.Check(good, B("a"), B("b"), B("c"), B("e")));
        Assert.Equal("unsigned message", signer.Check(string.Empty, B("a"), B("b"), B("c"), B("d")));
        Assert.Equal("malformed signature", signer.Check(new string('z', 64), B("a"), B("b"), B("c"), B("d")));
    }

    [Fact]
    public void Check_WithoutKey_AcceptsEverything()
    {
        Assert.Null(new MessageSigner(string.Empty).Check(string.Empty, B("a"), B("b"), B("c"), B("d")));
    }

    [Fact]
    public void Message_RoundTripsThroughFrames_WithIdentitiesAndBuffers()
    {
        var signer = new MessageSigner("k");
        var request = new JupyterMessage([B("client-1")], new JsonObject { ["msg_id"] = "m1", ["msg_type"] = "execute_request" }, new JsonObject(), new JsonObject(), new JsonObject { ["code"] = "1 + 1" });
        var reply = JupyterMessage.Create("execute_reply", new JsonObject { ["status"] = "ok" }, request, "session-1");

        var parsed = JupyterMessage.Parse(reply.ToFrames(signer), new MessageSigner("k"), out var refused);

        Assert.Null(refused);
        Assert.NotNull(parsed);
        Assert.Equal("execute_reply", parsed.Type);
        Assert.Equal("client-1", Encoding.UTF8.GetString(parsed.Identities.Single()));
        Assert.Equal("m1", parsed.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal("5.3", parsed.Header["version"]!.GetValue<string>());
        Assert.Null(JupyterMessage.Parse(reply.ToFrames(signer), new MessageSigner("other"), out refused));
        Assert.Equal("wrong signature", refused);
        Assert.Null(JupyterMessage.Parse([B("no delimiter")], signer, out refused));
        Assert.Contains("malformed", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionFile_Reads_AndNamesTheBadField()
    {
        var info = ConnectionInfo.Parse("""{"ip":"127.0.0.1","transport":"tcp","shell_port":5001,"iopub_port":5002,"stdin_port":5003,"control_port":5004,"hb_port":5005,"key":"abc","signature_scheme":"hmac-sha256"}""");
        Assert.Equal(5004, info.ControlPort);
        Assert.Equal("tcp://127.0.0.1:5001", info.Endpoint(info.ShellPort));

        var missing = Assert.Throws<PersonasDataException>(() => ConnectionInfo.Parse("""{"shell_port":1}""", "kernel-1.json"));
        Assert.Contains("kernel-1.json", missing.Message, StringComparison.Ordinal);
        Assert.Contains("iopub_port", missing.Message, StringComparison.Ordinal);
        var ipc = Assert.Throws<PersonasDataException>(() => ConnectionInfo.Parse("""{"transport":"ipc","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}"""));
        Assert.Contains("ipc is not supported", ipc.Message, StringComparison.Ordinal);
        var md5 = Assert.Throws<PersonasDataException>(() => ConnectionInfo.Parse("""{"signature_scheme":"hmac-md5","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}"""));
        Assert.Contains("hmac-sha256", md5.Message, StringComparison.Ordinal);
        Assert.Throws<PersonasDataException>(() => ConnectionInfo.Parse("not json"));
    }

    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("a\U0001F600b", 2, 3)]
    [InlineData("a\U0001F600b", 3, 4)]
    public void CodePoints_ConvertJupyterCursorToUtf16(string text, int codePoints, int utf16)
    {
        Assert.Equal(utf16, KernelServer.CodePoints.ToUtf16(text, codePoints));
        Assert.Equal(codePoints, KernelServer.CodePoints.FromUtf16(text, utf16));
    }
}
