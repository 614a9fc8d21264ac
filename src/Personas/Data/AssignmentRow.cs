namespace Personas.Data;

/// <summary>One row of <see cref="DataViewExport.AssignmentsToDataView"/> (ML.NET reads it through reflection).</summary>
internal sealed class AssignmentRow
{
    /// <summary>The customer id.</summary>
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>The persona index.</summary>
    public int Persona { get; set; }

    /// <summary>The persona name (empty when no names were given).</summary>
    public string PersonaName { get; set; } = string.Empty;
}
