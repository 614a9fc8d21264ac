using System.Text;

namespace Personas.Reporting;

/// <summary>
/// Writes files so that a crash or cancellation never leaves one truncated or half-replaced: each file is written to a
/// temporary file in the same folder (same volume, so the rename is atomic), flushed to disk, and renamed over its
/// target only when everything is complete. The project's one helper for this (the model, notebooks, the command
/// line's file outputs); whole folders are replaced with <see cref="OutputFolder"/>.
/// </summary>
/// <example>
/// <code>
/// AtomicFile.WriteAllText("out/cards.md", markdown);
/// </code>
/// </example>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically (its folder is created if needed).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="bytes">The complete content.</param>
    /// <exception cref="IOException">The file cannot be written; the previous content is kept.</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        WriteTogether(CancellationToken.None, (path, stream => stream.Write(copy)));
    }

    /// <summary>Writes text (UTF-8 without a byte-order mark) to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="text">The complete content.</param>
    /// <exception cref="IOException">The file cannot be written; the previous content is kept.</exception>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    /// <summary>
    /// Writes several files that belong together: all are written to temporary files first and renamed into place only
    /// when every one is complete, so an error or cancellation replaces none of them.
    /// </summary>
    /// <param name="cancellationToken">Stops before anything is renamed into place.</param>
    /// <param name="files">Each target path and the action that writes its content.</param>
    /// <exception cref="IOException">A file cannot be written; no target is replaced.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; no target is replaced.</exception>
    public static void WriteTogether(CancellationToken cancellationToken, params (string Path, Action<Stream> Write)[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var temps = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, write) in files)
            {
                ArgumentException.ThrowIfNullOrEmpty(path);
                cancellationToken.ThrowIfCancellationRequested();
                var full = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(files));
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
                temps.Add((temp, full));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temp, target) in temps)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                TryDelete(temp);
            }
        }
    }

    /// <summary>Writes several text files together (UTF-8 without a byte-order mark, LF line ends); see <see cref="WriteTogether(CancellationToken, ValueTuple{string, Action{Stream}}[])"/>.</summary>
    /// <param name="cancellationToken">Stops before anything is renamed into place.</param>
    /// <param name="files">Each target path and the action that writes its text.</param>
    public static void WriteTextTogether(CancellationToken cancellationToken, params (string Path, Action<TextWriter> Write)[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        WriteTogether(cancellationToken, [.. files.Select(f => (f.Path, (Action<Stream>)(stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            f.Write(writer);
        })))]);
    }

    private static void TryDelete(string temp)
    {
        try
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
        catch (IOException)
        {
            // The original error matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
