namespace Personas.Notebooks;

/// <summary>A value shown with <c>display(...)</c>; <see cref="Update"/> replaces what is shown, in place (a progress table, a chart that grows).</summary>
/// <example>
/// <code>
/// var shown = display("starting...");
/// shown.Update(result.Personas);
/// </code>
/// </example>
public sealed class DisplayedValue
{
    internal DisplayedValue(string displayId) => DisplayId = displayId;

    /// <summary>The display id (Jupyter's <c>transient.display_id</c>).</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the shown value with <paramref name="value"/> (Jupyter's <c>update_display_data</c>; in a batch run the saved output is replaced).</summary>
    /// <param name="value">The new value.</param>
    /// <exception cref="InvalidOperationException">Called outside a notebook cell.</exception>
    public void Update(object? value) => CellContext.Require().Update(DisplayId, value);
}
