namespace Personas.Data;

/// <summary>One row of <see cref="DataViewExport.AssignmentsToDataView"/> (public because ML.NET reads it by reflection).</summary>
public sealed class AssignmentRow
{
    /// <summary>The customer id.</summary>
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>The persona index.</summary>
    public int Persona { get; set; }

    /// <summary>The persona name (empty when no names were given).</summary>
    public string PersonaName { get; set; } = string.Empty;
}
