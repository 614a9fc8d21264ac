using System.Text;
using Personas.Reporting;

namespace Personas.Model;

/// <content>Saving and loading model files.</content>
public sealed partial class PersonaModel
{
    /// <summary>The largest model file <see cref="Load"/> reads (a model holds centroids, not customers, so real ones are far smaller).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Saves the model as indented JSON (fixed key order, LF line ends, a checksum over the canonical content).
    /// The write is atomic: a temporary file in the same folder is written and flushed, then renamed over
    /// <paramref name="path"/>, so a crash leaves either the old file or the new one, never a truncated one.
    /// </summary>
    /// <param name="path">The file to write (conventionally <c>*.persona.json</c>); its folder must exist.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllBytes(path, ModelJsonWriter.ToUtf8(this));
    }

    /// <summary>The model file's content, as <see cref="Save"/> writes it.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Encoding.UTF8.GetString(ModelJsonWriter.ToUtf8(this));

    /// <summary>
    /// Loads and validates a model file. Rejected with a <see cref="PersonaModelException"/> naming the file and the
    /// JSON path: a file that is not JSON or is truncated, another format, an unknown schema version, a missing,
    /// unknown or malformed field, a centroid of the wrong length, inconsistent ids or feature layout, and content that
    /// does not match the stored checksum (damaged, or edited by hand: the checksum detects accidental damage, not tampering, since anyone can recompute it). Nothing is half-loaded, and nothing in the file can
    /// make code run: it is read with <c>System.Text.Json</c>'s document model only.
    /// </summary>
    /// <param name="path">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="PersonaModelException">The file is not a valid model.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static PersonaModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Exists ? new FileInfo(path).Length : throw new FileNotFoundException($"Model file '{path}' not found.", path);
        if (length > MaxFileBytes)
        {
            throw new PersonaModelException(name, null, $"{length} bytes", $"a model file of at most {MaxFileBytes} bytes");
        }

        var model = ModelJsonReader.Read(File.ReadAllBytes(path), name);
        model.SourceFile = name;
        return model;
    }

    /// <summary>The file name the model was loaded from, or null when it was created in memory (not part of the content).</summary>
    public string? SourceFile { get; private set; }

    /// <summary>Reads a model from JSON text (as <see cref="ToJson"/> writes it), with the same validation as <see cref="Load"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for messages.</param>
    /// <returns>The model.</returns>
    /// <exception cref="PersonaModelException">The text is not a valid model.</exception>
    public static PersonaModel FromJson(string json, string source = "model")
    {
        ArgumentNullException.ThrowIfNull(json);
        return ModelJsonReader.Read(Encoding.UTF8.GetBytes(json), source);
    }
}
