namespace Personas.Data;

/// <summary>Marks a property that <see cref="CustomerReader.FromObjects{T}"/> leaves out (it becomes no column).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PersonaIgnoreAttribute : Attribute
{
}
