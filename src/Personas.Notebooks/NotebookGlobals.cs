namespace Personas.Notebooks;

/// <summary>
/// The globals that notebook cells see: <c>display(value)</c> as in Polyglot notebooks, the cell's
/// <see cref="CancellationToken"/>, and <c>Html</c>, <c>Markdown</c> and <c>Svg</c> for showing text of those kinds.
/// </summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals()
    {
    }

    /// <summary>
    /// The running cell's cancellation token: cancelled when the user interrupts the cell (Jupyter's interrupt, Ctrl+C
    /// in a batch run) or its time limit passes. Pass it to long library calls (<c>PersonaBuilder.Build(table,
    /// cancellationToken: CancellationToken)</c>) so that they stop promptly.
    /// </summary>
#pragma warning disable CA1822 // An instance member so that scripts see it as a global.
    public CancellationToken CancellationToken => CellContext.Current?.CancellationToken ?? CancellationToken.None;

    /// <summary>Shows a value as a cell output (rich HTML when the value's type has a notebook formatter, else text).</summary>
    /// <param name="value">The value to show.</param>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces what is shown.</returns>
    /// <exception cref="InvalidOperationException">Called outside a notebook cell.</exception>
#pragma warning disable IDE1006 // Polyglot notebooks spell it display(...).
    public DisplayedValue display(object? value) => CellContext.Require().Display(value);
#pragma warning restore IDE1006

    /// <summary>HTML to show as it is (<c>text/html</c>); the caller is responsible for escaping data in it.</summary>
    /// <param name="html">The markup.</param>
    /// <returns>A value that displays as HTML.</returns>
    public DisplayContent Html(string html) => new("text/html", html);

    /// <summary>Markdown to show rendered (<c>text/markdown</c>).</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>A value that displays as Markdown.</returns>
    public DisplayContent Markdown(string markdown) => new("text/markdown", markdown);

    /// <summary>An SVG image to show (<c>image/svg+xml</c>).</summary>
    /// <param name="svg">The SVG document.</param>
    /// <returns>A value that displays as an image.</returns>
    public DisplayContent Svg(string svg) => new("image/svg+xml", svg);
#pragma warning restore CA1822
}
