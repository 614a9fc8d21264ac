using System.Text.Json;
using System.Text.RegularExpressions;

namespace Personas.Tests.Reporting;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the keywords our schemas use: type, const, enum, required,
/// properties, additionalProperties, items, anyOf, oneOf, $ref (JSON pointers into the schema), minimum, maximum, minLength, pattern. Annotations
/// (title, description, format...) are ignored; any other keyword throws so the schema cannot silently use one this
/// validator does not check. (No JSON Schema package is served without unserved dependencies or a fee.)
/// </summary>
public sealed class MiniSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "format", "$defs", "examples", "default", "$comment"];
    private readonly JsonElement _root;

    public MiniSchemaValidator(JsonElement root) => _root = root;

    public static MiniSchemaValidator Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement x, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var s = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(s.GetString()!), x, path, errors);
                    break;
                case "type":
                    var types = s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(t => t.GetString()!).ToArray() : [s.GetString()!];
                    if (!types.Any(t => HasType(x, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, found {x.ValueKind}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(s, x))
                    {
                        errors.Add($"{path}: expected {s.GetRawText()}, found {x.GetRawText()}");
                    }

                    break;
                case "enum":
                    if (!s.EnumerateArray().Any(v => JsonElement.DeepEquals(v, x)))
                    {
                        errors.Add($"{path}: {x.GetRawText()} is not one of {s.GetRawText()}");
                    }

                    break;
                case "required":
                    if (x.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in s.EnumerateArray().Select(n => n.GetString()!).Where(n => !x.TryGetProperty(n, out _)))
                        {
                            errors.Add($"{path}: missing required property '{name}'");
                        }
                    }

                    break;
                case "properties":
                    if (x.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var p in s.EnumerateObject())
                        {
                            if (x.TryGetProperty(p.Name, out var v))
                            {
                                Check(p.Value, v, $"{path}.{p.Name}", errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (x.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                        foreach (var p in x.EnumerateObject().Where(p => !declared.Contains(p.Name)))
                        {
                            Check(s, p.Value, $"{path}.{p.Name}", errors);
                        }
                    }

                    break;
                case "items":
                    if (x.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in x.EnumerateArray())
                        {
                            Check(s, item, $"{path}[{i++}]", errors);
                        }
                    }

                    break;
                case "minimum":
                    if (x.ValueKind == JsonValueKind.Number && x.GetDouble() < s.GetDouble())
                    {
                        errors.Add($"{path}: {x.GetDouble()} is below the minimum {s.GetDouble()}");
                    }

                    break;
                case "maximum":
                    if (x.ValueKind == JsonValueKind.Number && x.GetDouble() > s.GetDouble())
                    {
                        errors.Add($"{path}: {x.GetDouble()} is above the maximum {s.GetDouble()}");
                    }

                    break;
                case "minLength":
                    if (x.ValueKind == JsonValueKind.String && x.GetString()!.Length < s.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {s.GetInt32()}");
                    }

                    break;
                case "oneOf":
                    {
                        var matches = s.EnumerateArray().Count(alt =>
                        {
                            var sub = new List<string>();
                            Check(alt, x, path, sub);
                            return sub.Count == 0;
                        });
                        if (matches != 1)
                        {
                            errors.Add($"{path}: expected exactly one of the oneOf alternatives to match, {matches} did");
                        }
                    }

                    break;
                case "anyOf":
                    if (!s.EnumerateArray().Any(alt =>
                    {
                        var sub = new List<string>();
                        Check(alt, x, path, sub);
                        return sub.Count == 0;
                    }))
                    {
                        errors.Add($"{path}: matches none of the anyOf alternatives");
                    }

                    break;
                case "pattern":
                    if (x.ValueKind == JsonValueKind.String && !Regex.IsMatch(x.GetString()!, s.GetString()!))
                    {
                        errors.Add($"{path}: '{x.GetString()}' does not match {s.GetString()}");
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"Schema keyword '{keyword.Name}' at {path} is not supported by this validator.");
                    }

                    break;
            }
        }
    }

    // A JSON pointer into this schema ("#/$defs/x", or "#/properties/a/items" as JsonSchemaExporter writes for repeated types).
    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Unresolvable $ref '{reference}'.");
        }

        var target = _root;
        foreach (var raw in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index))
            {
                target = target[index];
            }
            else if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(token, out target))
            {
                throw new NotSupportedException($"Unresolvable $ref '{reference}'.");
            }
        }

        return target;
    }

    private static bool HasType(JsonElement x, string type) => type switch
    {
        "object" => x.ValueKind == JsonValueKind.Object,
        "array" => x.ValueKind == JsonValueKind.Array,
        "string" => x.ValueKind == JsonValueKind.String,
        "number" => x.ValueKind == JsonValueKind.Number,
        "integer" => x.ValueKind == JsonValueKind.Number && Math.Floor(x.GetDouble()) == x.GetDouble(),
        "boolean" => x.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => x.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };
}
