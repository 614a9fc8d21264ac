using System.Text.Json;
using Personas.Data;

namespace Personas.Profiling;

/// <summary>
/// Reads user overrides of persona names and taglines from JSON: <c>{"P1": {"name": "...", "tagline": "..."}}</c>
/// (either field may be left out). Overrides are kept by persona id, stored in the model and kept by a refresh.
/// </summary>
public static class PersonaOverrides
{
    /// <summary>Parses overrides.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for messages.</param>
    /// <returns>Overrides by persona id.</returns>
    /// <exception cref="PersonasDataException">The text is not JSON of that shape.</exception>
    public static IReadOnlyDictionary<string, PersonaOverride> FromJson(string json, string source = "overrides.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new PersonasDataException(source, e.LineNumber + 1, null, null, "expected JSON like {\"P1\": {\"name\": \"...\", \"tagline\": \"...\"}}: " + e.Message, e);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new PersonasDataException(source, null, "$", doc.RootElement.ValueKind.ToString(), "expected an object of persona ids");
            }

            var result = new SortedDictionary<string, PersonaOverride>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new PersonasDataException(source, null, "$." + p.Name, p.Value.ValueKind.ToString(), "expected an object with \"name\" and/or \"tagline\"");
                }

                string? name = null, tagline = null;
                foreach (var f in p.Value.EnumerateObject())
                {
                    var value = f.Value.ValueKind == JsonValueKind.String ? f.Value.GetString() : throw new PersonasDataException(source, null, $"$.{p.Name}.{f.Name}", f.Value.ValueKind.ToString(), "expected a string");
                    switch (f.Name)
                    {
                        case "name":
                            name = value;
                            break;
                        case "tagline":
                            tagline = value;
                            break;
                        default:
                            throw new PersonasDataException(source, null, $"$.{p.Name}.{f.Name}", null, "expected only \"name\" and \"tagline\"");
                    }
                }

                if (name is not null && string.IsNullOrWhiteSpace(name))
                {
                    throw new PersonasDataException(source, null, $"$.{p.Name}.name", name, "expected a name that is not empty");
                }

                if (name is not null && result.FirstOrDefault(o => string.Equals(o.Value.Name?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Key: { } other })
                {
                    throw new PersonasDataException(source, null, $"$.{p.Name}.name", name, $"expected a name no other persona has ({other} is already called that)");
                }

                result[p.Name] = new PersonaOverride(name, tagline);
            }

            return result;
        }
    }

    /// <summary>Reads overrides from a file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>Overrides by persona id.</returns>
    /// <exception cref="PersonasDataException">The file is missing or malformed.</exception>
    public static IReadOnlyDictionary<string, PersonaOverride> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new PersonasDataException(Path.GetFileName(path), null, null, path, "expected an existing overrides file; the file was not found");
        }

        return FromJson(File.ReadAllText(path), Path.GetFileName(path));
    }
}
