namespace Personas.Notebooks;

/// <summary>Options for <see cref="NotebookHtmlExporter"/>.</summary>
public sealed record NotebookHtmlOptions
{
    /// <summary>The page title.</summary>
    /// <value>The default is null: the first markdown heading, or <c>Notebook</c>.</value>
    public string? Title { get; init; }

    /// <summary>
    /// Hides the code (a marketer's view): code cells show only their outputs, without prompts, and code cells
    /// without output disappear. Markdown cells and error outputs are kept.
    /// </summary>
    /// <value>The default is false.</value>
    public bool HideCode { get; init; }
}
