namespace Personas.Notebooks;

/// <summary><c>value.Display()</c> in notebook cells, as in Polyglot notebooks (the namespace is imported in every cell).</summary>
public static class DisplayExtensions
{
    /// <summary>Shows a value as a cell output (rich HTML when the value's type has a notebook formatter, else text).</summary>
    /// <param name="value">The value to show.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces what is shown.</returns>
    /// <exception cref="InvalidOperationException">Called outside a notebook cell.</exception>
    public static DisplayedValue Display(this object? value) => CellContext.Require().Display(value);
}
