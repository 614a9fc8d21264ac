using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Personas.Data;

using Personas.Reporting;

namespace Personas.Notebooks;

/// <summary>
/// A Jupyter/Polyglot notebook in nbformat 4: its cells and metadata. Instances are immutable; the runner returns a
/// new executed notebook.
/// </summary>
/// <example>
/// <code>
/// var notebook = Notebook.Load("01-quickstart.ipynb");
/// Console.WriteLine(notebook.Cells.Count);
/// </code>
/// </example>
public sealed class Notebook
{
    /// <summary>The largest notebook file accepted, in bytes (256 MiB).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly JsonObject metadata;

    internal Notebook(int formatMinor, JsonObject metadata, IReadOnlyList<NotebookCell> cells)
    {
        FormatMinor = formatMinor;
        this.metadata = metadata;
        Cells = cells;
    }

    /// <summary>The nbformat minor version (the major version is always 4).</summary>
    public int FormatMinor { get; }

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>A copy of the notebook-level metadata (kernelspec, language_info, polyglot_notebook...).</summary>
    public JsonObject Metadata => (JsonObject)metadata.DeepClone();

    internal JsonObject MetadataNode => metadata;

    /// <summary>Reads and validates a notebook file.</summary>
    /// <param name="path">The <c>.ipynb</c> file.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="PersonasDataException">The file is not valid JSON or not an nbformat 4 notebook; the message names the file, line and what was expected.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Notebook Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var source = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > MaxFileBytes)
        {
            throw new PersonasDataException(source, null, null, stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes", "a notebook of at most 256 MiB");
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Parse(bytes, source);
    }

    /// <summary>Parses and validates notebook JSON.</summary>
    /// <param name="utf8Json">The notebook file's bytes (UTF-8, optionally with a byte order mark).</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="PersonasDataException">The input is not valid JSON or not an nbformat 4 notebook.</exception>
    public static Notebook Parse(ReadOnlySpan<byte> utf8Json, string? sourceName = null) =>
        NotebookReader.Read(utf8Json, sourceName ?? "notebook");

    /// <summary>Serialises the notebook as nbformat 4 JSON (one-space indentation, as Jupyter writes it).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => NotebookWriter.Write(this);

    /// <summary>Writes the notebook atomically: to a temporary file in the same folder, then renamed over <paramref name="path"/>.</summary>
    /// <param name="path">The target file.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllText(path, ToJson());
    }

    internal Notebook WithCells(IReadOnlyList<NotebookCell> cells) => new(FormatMinor, metadata, cells);
}
