namespace Personas.Notebooks;

/// <summary>The globals that notebook cells see: <c>display(value)</c>, as in Polyglot notebooks.</summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals()
    {
    }

    /// <summary>Shows a value as a cell output (rich HTML when the value's type has a notebook formatter, else text).</summary>
    /// <param name="value">The value to show.</param>
    /// <exception cref="InvalidOperationException">Called outside a notebook run.</exception>
#pragma warning disable CA1822, IDE1006 // Polyglot notebooks spell it display(...), an instance member so that scripts see it as a global.
    public void display(object? value) => CellContext.Require().Display(value);
#pragma warning restore CA1822, IDE1006
}
