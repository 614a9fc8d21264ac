namespace Personas.Cli;

/// <summary>
/// Writes a command's output files atomically: everything goes to a hidden staging folder inside the output folder
/// and is moved into place only when the command finished, so a failure or Ctrl+C never leaves partial outputs.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly string _staging;
    private readonly List<string> _files = [];
    private bool _committed;

    public OutputFolder(string directory)
    {
        Directory = Path.GetFullPath(directory);
        if (File.Exists(Directory))
        {
            throw new UsageException($"--out {directory}: expected a folder, found a file");
        }

        System.IO.Directory.CreateDirectory(Directory);
        _staging = Path.Combine(Directory, ".personas-staging-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(_staging);
    }

    /// <summary>The final output folder.</summary>
    public string Directory { get; }

    /// <summary>The staging path to write a file to; it appears in the output folder on <see cref="Commit"/>.</summary>
    public string PathFor(string fileName)
    {
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || fileName is "." or "..")
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name", nameof(fileName));
        }

        _files.Add(fileName);
        return Path.Combine(_staging, fileName);
    }

    /// <summary>Writes a text file (UTF-8, no BOM).</summary>
    public void WriteText(string fileName, string text) => File.WriteAllText(PathFor(fileName), text, Utf8NoBom);

    /// <summary>Moves every staged file into the output folder (each move is a rename within one file system).</summary>
    public void Commit()
    {
        foreach (var f in _files)
        {
            var staged = Path.Combine(_staging, f);
            if (File.Exists(staged))
            {
                File.Move(staged, Path.Combine(Directory, f), overwrite: true);
            }
        }

        _committed = true;
        System.IO.Directory.Delete(_staging, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && System.IO.Directory.Exists(_staging))
        {
            System.IO.Directory.Delete(_staging, recursive: true);
        }
    }

    internal static readonly System.Text.UTF8Encoding Utf8NoBom = new(false);
}
