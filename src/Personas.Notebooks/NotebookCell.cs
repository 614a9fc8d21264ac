using System.Text.Json.Nodes;

namespace Personas.Notebooks;

/// <summary>One notebook cell: its type, source, metadata and (for code cells) outputs.</summary>
public sealed class NotebookCell
{
    private readonly JsonObject metadata;

    internal NotebookCell(string cellType, string source, JsonObject metadata, string? id = null, int? executionCount = null, IReadOnlyList<NotebookOutput>? outputs = null, JsonObject? attachments = null)
    {
        CellType = cellType;
        Source = source;
        this.metadata = metadata;
        Id = id;
        ExecutionCount = executionCount;
        Outputs = outputs ?? [];
        Attachments = attachments;
        Tags = ReadTags(metadata);
    }

    /// <summary>The cell type: <c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string CellType { get; }

    /// <summary>The cell id (nbformat 4.5 and later), or null.</summary>
    public string? Id { get; }

    /// <summary>The cell's source text, lines joined.</summary>
    public string Source { get; }

    /// <summary>A copy of the cell metadata.</summary>
    public JsonObject Metadata => (JsonObject)metadata.DeepClone();

    /// <summary>The cell's tags (<c>metadata.tags</c>), for example <c>parameters</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The execution count of a code cell (<c>In [n]</c>), or null when not executed.</summary>
    public int? ExecutionCount { get; }

    /// <summary>The outputs of a code cell; empty for other cells.</summary>
    public IReadOnlyList<NotebookOutput> Outputs { get; }

    /// <summary>True for code cells.</summary>
    public bool IsCode => CellType == "code";

    internal JsonObject MetadataNode => metadata;

    internal JsonObject? Attachments { get; }

    internal NotebookCell WithExecution(int? executionCount, IReadOnlyList<NotebookOutput> outputs) =>
        new(CellType, Source, metadata, Id, executionCount, outputs, Attachments);

    private static string[] ReadTags(JsonObject metadata)
    {
        if (metadata["tags"] is not JsonArray tags)
        {
            return [];
        }

        return tags.OfType<JsonValue>().Select(t => t.TryGetValue(out string? s) ? s : null).OfType<string>().ToArray();
    }
}
