using System.IO.Compression;
using System.Text;

namespace Personas.Data.Text;

/// <summary>Opens input files as strict UTF-8 text (BOM optional), decompressing <c>.gz</c> transparently.</summary>
internal static class TextSource
{
    /// <summary>Strict UTF-8 (its preamble makes readers skip a BOM): invalid bytes raise <see cref="DecoderFallbackException"/> (turned into a data error with a line by the tokenizer).</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Opens a file for reading.</summary>
    /// <param name="path">The path.</param>
    /// <returns>A reader positioned after any BOM.</returns>
    /// <exception cref="PersonasDataException">The file does not exist or cannot be opened.</exception>
    public static TextReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new PersonasDataException(name, null, null, path, "expected a file, found a directory");
        }

        if (!File.Exists(path))
        {
            throw new PersonasDataException(name, null, null, path, "expected an existing file; the file was not found");
        }

        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PersonasDataException(name, null, null, path, "expected a readable file: " + e.Message, e);
        }

        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GzipGuard(new GZipStream(stream, CompressionMode.Decompress), name);
        }

        return new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    /// <summary>
    /// Reads the first lines of a file (for delimiter detection), without failing on invalid text. Each line may hold at
    /// most <paramref name="maxLineLength"/> characters (the tokenizer's field-length limit by default): a longer line
    /// stops the reading there, so memory stays bounded by the limit whatever the file holds.
    /// </summary>
    /// <exception cref="PersonasDataException">A line among the first is longer than the limit (names the file, line and limit).</exception>
    public static IReadOnlyList<string> Peek(string path, int maxLines = 20, int maxLineLength = CsvTokenizer.DefaultMaxFieldLength)
    {
        using var reader = Open(path);
        return Peek(reader, Path.GetFileName(path), maxLines, maxLineLength);
    }

    /// <summary>The first lines of a reader (line ends as <see cref="TextReader.ReadLine"/>), each at most <paramref name="maxLineLength"/> characters.</summary>
    /// <exception cref="PersonasDataException">A line is longer than the limit.</exception>
    internal static IReadOnlyList<string> Peek(TextReader reader, string source, int maxLines, int maxLineLength)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var buffer = new char[1 << 14];
        var afterCr = false;
        try
        {
            while (lines.Count < maxLines)
            {
                var read = reader.Read(buffer, 0, buffer.Length);
                if (read == 0)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                    }

                    break;
                }

                var span = buffer.AsSpan(0, read);
                while (!span.IsEmpty && lines.Count < maxLines)
                {
                    if (afterCr && span[0] == '\n')
                    {
                        span = span[1..];
                        afterCr = false;
                        continue;
                    }

                    afterCr = false;
                    var end = span.IndexOfAny('\r', '\n');
                    var run = end < 0 ? span : span[..end];
                    if (line.Length + run.Length > maxLineLength)
                    {
                        throw LineTooLong(source, lines.Count + 1, maxLineLength);
                    }

                    line.Append(run);
                    if (end < 0)
                    {
                        break;
                    }

                    afterCr = span[end] == '\r';
                    lines.Add(line.ToString());
                    line.Clear();
                    span = span[(end + 1)..];
                }
            }
        }
        catch (DecoderFallbackException)
        {
            // The tokenizer reports invalid bytes with their line; detection works on what was read.
        }

        return lines;
    }

    private static PersonasDataException LineTooLong(string source, int line, int limit) =>
        new(source, line, null, null,
            $"expected lines of at most {limit} characters (the field-length limit) among the first lines, which choose the delimiter; line {line} is longer, and reading stopped there (is this a delimited text file with line breaks?)");

    /// <summary>Reports a damaged or truncated gzip file as bad data instead of an <see cref="InvalidDataException"/>.</summary>
    internal sealed class GzipGuard(GZipStream inner, string name) : Stream
    {
        /// <summary>The compressed file (for progress).</summary>
        public Stream BaseStream => inner.BaseStream;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return inner.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                throw new PersonasDataException(name, null, null, null, "expected a valid gzip file; it is damaged or truncated: " + e.Message, e);
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
