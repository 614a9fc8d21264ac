using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Personas.Tests.Hardening;

/// <summary>
/// Generators of hostile and malformed input files: mutations of a small valid file (so that most cases get deep
/// into a reader) and files built from scratch (token soup, random bytes, truncated gzip).
/// </summary>
internal static class MalformedInput
{
    /// <summary>Values that have broken parsers before: non-finite and out-of-range numbers and dates, quoting, invisible and bidi characters, formulas.</summary>
    internal static readonly string[] Hostile =
    [
        "NaN", "nan", "-NaN", "Infinity", "-Infinity", "+Infinity", "inf", "∞", "1e400", "-1e400", "1e-400", "1E+308", "3.4e39", "-3.5e38",
        "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.5",
        "0x1F", "1_000", "1,5", "1.2.3", "-0", "00000000000000000000001", "9223372036854775808", "-2147483649", "",
        " ", "\"", "\"\"", "\"\"\"", "\"a\"\"b\"", "\"open", "close\"", "\"a,b\"", "\"line\nbreak\"", "\"\r\n\"",
        "0001-01-01", "9999-12-31", "9999-12-31T23:59:59.9999999Z", "10000-01-01", "0000-00-00", "2020-13-45", "2019-02-29", "31/12/1899",
        "1753-01-01T00:00:00-14:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2020-01-01T25:61:61", "99999999999999", "-62135596800",
        "\u200B", "Ann\u200Be", "\u200E", "\u200F", "\u202Enosrep\u202C", "\u2066x\u2069", "\uFEFF", "\u0000", "\u0007", "\uFFFD", "\uD800", "\uDC00x",
        "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)", "<script>alert(1)</script>", "../../etc/passwd", "CON", "\t", "|", ";", ",", "\r", "\n", "\r\n", "\n\r",
        "true", "FALSE", "yes", "1", "2", "3.5", "-7", "42", "1e3", "a", "Zoë", "名前", "🙂",
    ];

    /// <summary>Any generated case: mostly mutations of <paramref name="seed"/>, the rest built from scratch around <paramref name="header"/>.</summary>
    internal static Gen<FuzzCase> Cases(string seed, IReadOnlyList<string> header) =>
        Gen.Frequency(
            (12, Mutated(seed).Select(b => new FuzzCase(b, ".csv"))),
            (4, Scratch(header).Select(b => new FuzzCase(b, ".csv"))),
            (1, RandomBytes.Select(b => new FuzzCase(b, ".csv"))),
            (1, RandomBytes.Select(b => new FuzzCase(b, ".csv.gz"))),
            (1, Mutated(seed).Select(b => new FuzzCase(Gzip(b), ".csv.gz"))));

    /// <summary>A JSON case: mutations of <paramref name="seed"/> (JSON-aware tokens added) or random bytes.</summary>
    internal static Gen<FuzzCase> JsonCases(string seed) =>
        Gen.Frequency(
            (12, Mutated(seed, JsonTokens)),
            (2, Gen.ArrayOf(Gen.Elements(JsonTokens.Concat(Hostile).ToArray())).Select(t => Encoding.UTF8.GetBytes(string.Concat(t)))),
            (2, Gen.Choose(1, 3000).Select(depth => Encoding.UTF8.GetBytes(new string('[', depth) + "1" + new string(']', depth / 2)))),
            (1, RandomBytes)).Select(b => new FuzzCase(b, ".json"));

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e400", "NaN", "\"NaN\"", "\"\\u0000\"", "\"\\uD800\"", "\\",
        "\"stages\"", "\"touchpoints\"", "\"name\"", "\"useDefaults\"", "\"personas\"", "\"centroid\"", "\"features\"", "[[[[[[[[", "]]]]", "{\"a\":{\"a\":{\"a\":",
        "1.7976931348623157E+309", "-0.0", "\"schemaVersion\": 2", "\"checksum\": \"sha256:00\"", "\"\"",
    ];

    private static Gen<string> HostileToken(string[] pool) =>
        Gen.Frequency(
            (20, Gen.Elements(pool)),
            (1, Gen.Choose(1000, 40_000).Select(n => new string('x', n))),
            (1, Gen.Choose(1, 300).Select(n => new string('"', n) + "q" + new string('"', n))),
            (1, Gen.Choose(1, 60).Select(n => "\"" + string.Concat(Enumerable.Repeat("\"\"", n)) + "\"")),
            (1, Gen.Choose(1, 400).Select(n => new string('9', n))),
            (1, Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), 12).Select(cs => new string(cs))));

    private static readonly Gen<byte[]> RandomBytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));

    private static Gen<byte[]> Mutated(string seed) => Mutated(seed, Hostile);

    private static Gen<byte[]> Mutated(string seed, string[] pool)
    {
        var mutation =
            from kind in Gen.Choose(0, 9)
            from at in Gen.Choose(0, 10_000)
            from span in Gen.Choose(0, 10_000)
            from token in HostileToken(pool)
            select (Kind: kind, At: at / 10_000.0, Span: span / 10_000.0, Token: token);
        return
            from mutations in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(mutation, n))
            from encoding in Gen.Choose(0, 12)
            from flip in Gen.Choose(0, 10_000)
            select Encode(mutations.Aggregate(seed, Apply), encoding, flip / 10_000.0);
    }

    private static string Apply(string text, (int Kind, double At, double Span, string Token) m)
    {
        var at = (int)(m.At * text.Length);
        var end = Math.Min(text.Length, at + (int)(m.Span * 40));
        var lines = text.Split('\n');
        var line = Math.Min(lines.Length - 1, (int)(m.At * lines.Length));
        switch (m.Kind)
        {
            case 0: // insert a hostile token
                return text.Insert(at, m.Token);
            case 1: // replace a field (delimiter to delimiter) with a hostile token
                var start = text.LastIndexOfAny([',', '\n', ';', '\t', ':'], Math.Max(0, Math.Min(at, text.Length - 1))) + 1;
                var stop = text.IndexOfAny([',', '\n', '\r', ';', '\t', '}'], start);
                return stop < 0 ? text[..start] + m.Token : text[..start] + m.Token + text[stop..];
            case 2: // delete a span
                return text.Remove(at, end - at);
            case 3: // truncate
                return text[..at];
            case 4: // duplicate a line (duplicate ids, repeated headers)
                return string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 5: // mixed line endings
                return string.Join(m.Span < 0.33 ? "\r\n" : m.Span < 0.66 ? "\r" : "\n\r", lines.Take(line + 1)) + "\n" + string.Join('\n', lines.Skip(line + 1));
            case 6: // a stray delimiter or quote
                return text.Insert(at, m.Span < 0.5 ? "," : "\"");
            case 7: // many copies of a line
                return string.Join('\n', lines.Take(line + 1).Concat(Enumerable.Repeat(lines[line], 1 + (int)(m.Span * 50))).Concat(lines.Skip(line + 1)));
            case 8: // drop a line
                return string.Join('\n', lines.Where((_, i) => i != line));
            default: // replace a whole line with tokens
                lines[line] = string.Join(",", Enumerable.Repeat(m.Token, 1 + (int)(m.Span * 8)));
                return string.Join('\n', lines);
        }
    }

    /// <summary>Encodes as UTF-8, sometimes with a BOM, as UTF-16, with a flipped byte or with invalid bytes inserted.</summary>
    private static byte[] Encode(string text, int encoding, double at)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var i = (int)(at * bytes.Length);
        switch (encoding)
        {
            case 0:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 1:
                return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            case 2:
                if (bytes.Length > 0)
                {
                    bytes[Math.Min(i, bytes.Length - 1)] ^= 0x80;
                }

                return bytes;
            case 3:
                return [.. bytes.AsSpan(0, i), 0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80, .. bytes.AsSpan(i)];
            default:
                return bytes;
        }
    }

    /// <summary>A file built from tokens: the header's names (some renamed or repeated) then rows of random width.</summary>
    private static Gen<byte[]> Scratch(IReadOnlyList<string> header)
    {
        var names = header.Concat(Hostile.Take(8)).ToArray();
        var ending = Gen.Elements("\n", "\r\n", "\r", "\n\n");
        var delimiter = Gen.Elements(',', ',', ';', '\t', '|');
        var row = from width in Gen.Choose(0, header.Count + 2)
                  from cells in Gen.ArrayOf(HostileToken(Hostile), width)
                  from end in ending
                  select (Cells: cells, End: end);
        return
            from d in delimiter
            from head in Gen.Shuffle(names).Select(n => n.Take(header.Count).ToArray())
            from rows in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(row, n))
            from bom in Gen.Elements(true, false, false)
            select Encoding.UTF8.GetBytes((bom ? "\uFEFF" : "") + string.Join(d, head) + "\n" + string.Concat(rows.Select(r => string.Join(d, r.Cells) + r.End)));
    }

    /// <summary>Gzip-compresses and then truncates half the time (a download cut short).</summary>
    private static byte[] Gzip(byte[] bytes)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest))
        {
            gz.Write(bytes);
        }

        var all = ms.ToArray();
        return bytes.Length % 2 == 0 ? all : all[..(all.Length * 2 / 3)];
    }
}
