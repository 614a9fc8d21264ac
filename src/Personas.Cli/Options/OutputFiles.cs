using Personas.Reporting;

namespace Personas.Cli.Options;

/// <summary>
/// Output files of the commands that write files rather than a folder (assign, attribution): the target is checked
/// before the work, locked while the command runs (a second run into the same file fails fast), and every file of the
/// command is written to a temporary file beside its target and renamed into place only when all are complete.
/// </summary>
internal sealed class OutputFiles : IDisposable
{
    private readonly FileStream _lock;

    private OutputFiles(string path, FileStream lockStream)
    {
        FullPath = path;
        _lock = lockStream;
    }

    /// <summary>The main output file's full path.</summary>
    public string FullPath { get; }

    /// <summary>Checks that <paramref name="path"/> can be written (its folder is created) and locks it for this run.</summary>
    /// <exception cref="CliInputException">It is a folder, its folder cannot be created or written, or another run writes it.</exception>
    public static OutputFiles Open(string path, string option)
    {
        var full = Path.GetFullPath(path);
        var shown = SafeTerminalWriter.Neutralise(path);
        if (Directory.Exists(full))
        {
            throw new CliInputException($"{option} {shown}: expected a file name, found a folder");
        }

        var folder = Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, "." + Path.GetFileName(full) + ".personas-probe-" + Guid.NewGuid().ToString("N"));
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{option} {shown}: the folder cannot be written ({e.Message})");
        }

        var lockPath = Path.Combine(folder, "." + Path.GetFileName(full) + ".personas-lock");
        try
        {
            return new OutputFiles(full, new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            throw new CliInputException($"{option} {shown}: another personas run is writing this file (lock {SafeTerminalWriter.Neutralise(lockPath)} is held)");
        }
    }

    /// <summary>Writes every file to a temporary file beside its target, then renames them all into place (<see cref="AtomicFile"/>).</summary>
    public static void WriteTogether(CancellationToken cancellationToken, params (string Path, Action<TextWriter> Write)[] files) =>
        AtomicFile.WriteTextTogether(cancellationToken, files);

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock.Dispose();
}
