namespace Personas.Json;

/// <summary>The JSON Schema <c>const</c> of a property (generated schemas in <c>schemas/</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaConstAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>The JSON Schema <c>enum</c> of a string property.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaEnumAttribute(params string[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } = values;
}

/// <summary>The JSON Schema <c>minimum</c> of a number property.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaMinimumAttribute(double value) : Attribute
{
    public double Value { get; } = value;
}

/// <summary>The JSON Schema <c>format</c> of a string property (for example <c>date-time</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaFormatAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>The JSON Schema <c>pattern</c> of a string property.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaPatternAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>Marks a property that is left out only while computing a checksum as required in the schema (every written file has it).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaRequiredAttribute : Attribute;
