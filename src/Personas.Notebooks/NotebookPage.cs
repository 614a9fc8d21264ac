using System.Text.Json.Nodes;

using Personas.Reporting;

namespace Personas.Notebooks;

/// <summary>
/// A notebook-like web page built from code instead of cells: markdown and displayed values, shown with the same rich
/// displays and offline charts as in a notebook. The file-based apps in <c>notebooks/*.cs</c> write their walk-through
/// with it.
/// </summary>
/// <example>
/// <code>
/// var page = new NotebookPage("Quickstart");
/// page.Markdown("## The personas");
/// page.Display(result.Personas);
/// page.Save("quickstart.html");
/// </code>
/// </example>
public sealed class NotebookPage
{
    private readonly List<NotebookCell> cells = [];
    private readonly DisplayState state = new();

    /// <summary>Creates an empty page.</summary>
    /// <param name="title">The page title.</param>
    public NotebookPage(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>Adds Markdown text (rendered safely: raw HTML in it is shown as text).</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>This page.</returns>
    public NotebookPage Markdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        cells.Add(new NotebookCell("markdown", markdown, new JsonObject()));
        return this;
    }

    /// <summary>Adds a value as a notebook would show it: its rich display (persona cards, tables), a chart, or text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>This page.</returns>
    public NotebookPage Display(object? value)
    {
        cells.Add(new NotebookCell("code", string.Empty, new JsonObject(), outputs: [NotebookOutput.DisplayData(ValueFormatter.Format(value, state))]));
        return this;
    }

    /// <summary>The page as a notebook (markdown cells, and code cells holding only outputs).</summary>
    /// <returns>The notebook.</returns>
    public Notebook ToNotebook() => new(5, new JsonObject(), cells.ToArray());

    /// <summary>The page as one self-contained HTML document (no code, works offline).</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml() => NotebookHtmlExporter.ToHtml(ToNotebook(), new NotebookHtmlOptions { Title = Title, HideCode = true });

    /// <summary>Writes <see cref="ToHtml"/> atomically.</summary>
    /// <param name="path">The HTML file.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AtomicFile.WriteAllText(full, ToHtml());
    }
}
