using System.Globalization;
using System.Text;
using Personas.Data;

namespace Personas.Model;

/// <summary>
/// A persona model file that cannot be loaded: not JSON, truncated, an unknown schema version, a missing or malformed
/// field, a centroid of the wrong length, or content that does not match its checksum. Names the file, the JSON path
/// of the field (in <see cref="PersonasDataException.Column"/> and <see cref="JsonPath"/>), the value found and what
/// was expected. No model is returned when this is thrown.
/// </summary>
/// <example>
/// <code>
/// try { var model = PersonaModel.Load("model.persona.json"); }
/// catch (PersonaModelException e) { Console.Error.WriteLine(e.Message); }
/// // model.persona.json: field '$.personas[2].centroid': expected 24 numbers (one per feature), found 23 numbers
/// </code>
/// </example>
public sealed class PersonaModelException : PersonasDataException
{
    private readonly string _message;

    /// <summary>Creates the exception.</summary>
    /// <param name="file">The model file.</param>
    /// <param name="jsonPath">The JSON path of the offending field (for example <c>$.personas[0].id</c>), or null for the whole file.</param>
    /// <param name="found">What was found, or null.</param>
    /// <param name="expected">What was expected, in words.</param>
    /// <param name="line">The 1-based line in the file, when known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public PersonaModelException(string file, string? jsonPath, string? found, string expected, long? line = null, Exception? innerException = null)
        : base(file, line, jsonPath, found, expected, innerException)
    {
        JsonPath = jsonPath;
        var sb = new StringBuilder(file);
        if (line is { } l)
        {
            sb.Append(':').Append(l.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(": ");
        if (jsonPath is not null)
        {
            sb.Append("field '").Append(jsonPath).Append("': ");
        }

        sb.Append("expected ").Append(expected);
        if (found is not null)
        {
            sb.Append(", found ").Append(Shorten(found));
        }

        _message = sb.ToString();
    }

    /// <summary>The JSON path of the offending field, or null when the problem concerns the whole file.</summary>
    public string? JsonPath { get; }

    /// <inheritdoc />
    public override string Message => _message;
}
