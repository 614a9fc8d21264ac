using System.Runtime.InteropServices;
using System.Text;

namespace Personas.Reporting;

/// <summary>
/// An output folder that is replaced all at once. Files are written into a complete sibling staging folder
/// (<c>.NAME.personas-staging-*</c>), and <see cref="Commit"/> swaps it in with renames of whole folders (an atomic
/// exchange on Linux), keeping the previous folder until the swap succeeded: readers see the old outputs or the new
/// ones, never a mix, and the folder holds exactly what this run wrote. While open, the folder is locked
/// (<c>.NAME.personas-lock</c> beside it), so a second run into the same folder fails at once. An error or cancellation
/// before <see cref="Commit"/> removes the staging folder; leftovers of a killed run are cleaned up by the next
/// run into the same place. A folder that holds files Personas did not write is never replaced.
/// </summary>
/// <example>
/// <code>
/// using var folder = OutputFolder.Open("out", "build");
/// folder.WriteText("notes.md", "# Notes\n");
/// folder.Commit();
/// </code>
/// </example>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The name of the manifest file each output folder carries: the command that wrote it and its files.</summary>
    public const string ManifestName = ".personas-output";

    private const string StagingMarker = ".personas-staging-";
    private const string PreviousMarker = ".personas-previous-";
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly FileStream _lock;
    private readonly string _parent;
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);
    private bool _committed;
    private bool _disposed;

    private OutputFolder(string path, string writer, FileStream lockStream)
    {
        FullPath = path;
        Writer = writer;
        _lock = lockStream;
        _parent = Path.GetDirectoryName(path)!;
        StagingPath = Path.Combine(_parent, "." + Path.GetFileName(path) + StagingMarker + Guid.NewGuid().ToString("N"));
    }

    /// <summary>The output folder's full path.</summary>
    public string FullPath { get; }

    /// <summary>The folder files are written to until <see cref="Commit"/>.</summary>
    public string StagingPath { get; }

    /// <summary>What writes the folder (a command name such as <c>build</c>), recorded in its manifest.</summary>
    public string Writer { get; }

    /// <summary>The files written so far, by name.</summary>
    public IReadOnlyCollection<string> Files => _files;

    /// <summary>
    /// Opens an output folder for writing: checks that it can be written, takes its lock, cleans up leftovers of an
    /// earlier killed run, and creates the staging folder. Call this before long work, so a folder that cannot be
    /// written fails at once.
    /// </summary>
    /// <param name="path">The output folder (created on <see cref="Commit"/> if it does not exist).</param>
    /// <param name="writer">What writes it, for example <c>build</c>: a folder written by something else is not replaced.</param>
    /// <returns>The open folder; dispose it (after <see cref="Commit"/>, or to abandon the outputs).</returns>
    /// <exception cref="IOException">The path is a file, its parent cannot be created or written, another run holds the lock,
    /// or the folder holds files Personas did not write (or another command's outputs).</exception>
    /// <exception cref="UnauthorizedAccessException">The parent folder cannot be written.</exception>
    public static OutputFolder Open(string path, string writer)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(writer);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(parent) || string.IsNullOrEmpty(Path.GetFileName(full)))
        {
            throw new IOException($"{path}: cannot be an output folder (it has no parent folder); choose a folder such as ./out");
        }

        if (File.Exists(full))
        {
            throw new IOException($"{path}: expected a folder for the outputs, found a file");
        }

        Directory.CreateDirectory(parent);
        var lockPath = Path.Combine(parent, "." + Path.GetFileName(full) + ".personas-lock");
        FileStream lockStream;
        try
        {
            lockStream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e) when (File.Exists(lockPath))
        {
            throw new IOException($"{path}: another personas run is writing this folder (lock {lockPath} is held); wait for it to finish or choose another folder", e);
        }

        var folder = new OutputFolder(full, writer, lockStream);
        try
        {
            folder.CleanLeftovers();
            folder.CheckReplaceable();
            Directory.CreateDirectory(folder.StagingPath);
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>The path to write a file to (in the staging folder); it appears in the output folder on <see cref="Commit"/>.</summary>
    /// <param name="fileName">A plain file name.</param>
    /// <returns>The staging path.</returns>
    /// <exception cref="ArgumentException">The name is not a plain file name.</exception>
    public string PathFor(string fileName)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || fileName is "." or ".." || fileName == ManifestName)
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name", nameof(fileName));
        }

        _files.Add(fileName);
        return Path.Combine(StagingPath, fileName);
    }

    /// <summary>Writes a text file (UTF-8 without a byte-order mark).</summary>
    /// <param name="fileName">A plain file name.</param>
    /// <param name="text">The content.</param>
    public void WriteText(string fileName, string text) => File.WriteAllText(PathFor(fileName), text, Utf8NoBom);

    /// <summary>Opens a file for writing (buffered, UTF-8 without a byte-order mark, LF line ends).</summary>
    /// <param name="fileName">A plain file name.</param>
    /// <returns>The writer; dispose it before <see cref="Commit"/>.</returns>
    public StreamWriter CreateText(string fileName) =>
        new(new FileStream(PathFor(fileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Utf8NoBom, 1 << 16) { NewLine = "\n" };

    /// <summary>
    /// Replaces the output folder with the staging folder as a whole: a new folder is renamed into place; an existing
    /// one is exchanged atomically where the system supports it, else renamed aside, replaced and then deleted (and
    /// restored if the replacement fails).
    /// </summary>
    /// <exception cref="IOException">The folder could not be replaced (the previous outputs are kept).</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("The output folder was already committed.");
        }

        File.WriteAllText(Path.Combine(StagingPath, ManifestName), Manifest(), Utf8NoBom);
        if (!Directory.Exists(FullPath))
        {
            Directory.Move(StagingPath, FullPath);
        }
        else if (!Exchange(StagingPath, FullPath))
        {
            var previous = Path.Combine(_parent, "." + Path.GetFileName(FullPath) + PreviousMarker + Guid.NewGuid().ToString("N"));
            Directory.Move(FullPath, previous);
            try
            {
                Directory.Move(StagingPath, FullPath);
            }
            catch
            {
                Directory.Move(previous, FullPath);
                throw;
            }

            TryDelete(previous);
        }

        _committed = true;
        TryDelete(StagingPath);
    }

    /// <summary>Removes the staging folder (if not committed) and releases the lock.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_committed)
        {
            TryDelete(StagingPath);
        }

        _lock.Dispose();
    }

    private string Manifest()
    {
        var sb = new StringBuilder();
        sb.Append("# Written by personas ").Append(Writer).Append(". Personas replaces this folder as a whole on the next run.\n");
        sb.Append("writer=").Append(Writer).Append('\n');
        foreach (var f in _files)
        {
            sb.Append("file=").Append(f).Append('\n');
        }

        return sb.ToString();
    }

    // Leftovers of a run that was killed: staging folders are removed; a previous folder renamed aside is restored if
    // the swap did not finish (the output folder is missing), else removed.
    private void CleanLeftovers()
    {
        var prefix = "." + Path.GetFileName(FullPath);
        foreach (var dir in Directory.EnumerateDirectories(_parent, prefix + ".personas-*"))
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith(prefix + StagingMarker, StringComparison.Ordinal))
            {
                TryDelete(dir);
            }
            else if (name.StartsWith(prefix + PreviousMarker, StringComparison.Ordinal))
            {
                if (!Directory.Exists(FullPath))
                {
                    Directory.Move(dir, FullPath);
                }
                else
                {
                    TryDelete(dir);
                }
            }
        }
    }

    // Only folders Personas wrote are replaced: empty ones, ones whose manifest names the same writer and lists every
    // entry, and (from earlier versions, without a manifest) ones holding only known output files.
    private void CheckReplaceable()
    {
        if (!Directory.Exists(FullPath))
        {
            return;
        }

        var entries = Directory.EnumerateFileSystemEntries(FullPath).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var manifest = Path.Combine(FullPath, ManifestName);
        var listed = new HashSet<string>(StringComparer.Ordinal) { ManifestName };
        string? writer = null;
        if (File.Exists(manifest))
        {
            foreach (var line in File.ReadLines(manifest))
            {
                if (line.StartsWith("writer=", StringComparison.Ordinal))
                {
                    writer = line["writer=".Length..];
                }
                else if (line.StartsWith("file=", StringComparison.Ordinal))
                {
                    listed.Add(line["file=".Length..]);
                }
            }

            if (writer is not null && writer != Writer)
            {
                throw new IOException($"{FullPath}: holds the outputs of 'personas {writer}'; write the outputs of '{Writer}' into another folder (it would replace them)");
            }
        }
        else
        {
            listed.UnionWith(KnownOutputs);
        }

        var foreign = entries.FirstOrDefault(e => !listed.Contains(e));
        if (foreign is not null)
        {
            throw new IOException($"{FullPath}: holds '{foreign}', which personas did not write; the folder is replaced as a whole, so choose a new or empty folder");
        }
    }

    /// <summary>File names earlier versions wrote into output folders (before manifests).</summary>
    private static readonly string[] KnownOutputs =
    [
        "personas.json", "model.persona.json", "assignments.csv", "exclusions.csv", "cards.md", "report.html", "journeys.json",
        "drift.json", "drift.md", "customers.csv", "touchpoints.csv", "customers.truth.csv",
    ];

    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return NativeMethods.renameat2(NativeMethods.AtFdCwd, a, NativeMethods.AtFdCwd, b, NativeMethods.RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover is cleaned up by the next run into the same place.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private static class NativeMethods
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code, which the library does not allow.
        public static extern int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
#pragma warning restore SYSLIB1054
    }
}
