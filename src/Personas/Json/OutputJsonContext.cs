using System.Text.Json.Serialization;

namespace Personas.Json;

/// <summary>Source-generated serialization of every JSON output (settings: <see cref="OutputJson.Options"/>).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, IndentSize = 2, NewLine = "\n", PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PersonasFileJson))]
[JsonSerializable(typeof(JourneysFileJson))]
[JsonSerializable(typeof(AttributionJson))]
[JsonSerializable(typeof(ModelFileJson))]
[JsonSerializable(typeof(DriftFileJson))]
[JsonSerializable(typeof(PersonaJourneyJson))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
