namespace Personas.Data;

/// <summary>Marks the property that holds the customer id when reading objects with <see cref="CustomerReader.FromObjects{T}"/>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PersonaIdAttribute : Attribute
{
}
