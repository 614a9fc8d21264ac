using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Personas.Json;

/// <summary>
/// The JSON Schemas of the output files, generated from the output types with <see cref="JsonSchemaExporter"/>:
/// descriptions from <see cref="DescriptionAttribute"/>, constraints from the <c>Schema*</c> attributes, every written
/// property required, no unknown properties. <c>schemas/*.schema.json</c> are these texts; a test keeps them equal.
/// </summary>
internal static class JsonSchemas
{
    /// <summary>The schema files: file name, title and the root type.</summary>
    public static IReadOnlyList<(string File, string Title, JsonTypeInfo Type)> All { get; } =
    [
        ("personas.schema.json", "personas.json", OutputJson.Context.PersonasFileJson),
        ("journeys.schema.json", "journeys.json", OutputJson.Context.JourneysFileJson),
        ("attribution.schema.json", "attribution.json", OutputJson.Context.AttributionJson),
        ("model.schema.json", "model.persona.json", OutputJson.Context.ModelFileJson),
        ("drift.schema.json", "drift.json", OutputJson.Context.DriftFileJson),
    ];

    /// <summary>The schema text of one file (LF line ends, final newline).</summary>
    public static string Generate(string file, string title, JsonTypeInfo type)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = type.GetJsonSchemaAsNode(exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://github.com/personas-dotnet/personas/schemas/" + file,
            ["title"] = title,
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions(OutputJson.Options)) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        var attributes = context.PropertyInfo?.AttributeProvider ?? (context.PropertyInfo is null && context.Path.IsEmpty ? context.TypeInfo.Type : null);
        if (attributes is not null)
        {
            Annotate(node, attributes);
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && node.ContainsKey("properties"))
        {
            var required = new JsonArray();
            foreach (var p in context.TypeInfo.Properties)
            {
                if (p.ShouldSerialize is null || p.AttributeProvider?.IsDefined(typeof(SchemaRequiredAttribute), inherit: false) == true)
                {
                    required.Add(p.Name);
                }
            }

            node["required"] = required;
            node["additionalProperties"] = false;
        }

        return node;
    }

    private static void Annotate(JsonObject node, ICustomAttributeProvider attributes)
    {
        var inserts = new List<(string, JsonNode)>();
        foreach (var a in attributes.GetCustomAttributes(inherit: false))
        {
            switch (a)
            {
                case DescriptionAttribute d:
                    inserts.Insert(0, ("description", JsonValue.Create(d.Description)));
                    break;
                case SchemaConstAttribute c:
                    node.Remove("type");
                    node["const"] = c.Value;
                    break;
                case SchemaEnumAttribute e:
                    node["enum"] = new JsonArray([.. e.Values.Select(v => (JsonNode)JsonValue.Create(v))]);
                    break;
                case SchemaMinimumAttribute m:
                    node["minimum"] = m.Value;
                    break;
                case SchemaFormatAttribute f:
                    node["format"] = f.Value;
                    break;
                case SchemaPatternAttribute p:
                    node["pattern"] = p.Value;
                    break;
            }
        }

        foreach (var (key, value) in inserts)
        {
            // The description leads each schema object, as people read it first.
            var rest = node.ToList();
            node.Clear();
            node[key] = value;
            foreach (var (k, v) in rest)
            {
                node[k] = v;
            }
        }
    }
}
