using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Personas.Notebooks;

/// <summary>Writes nbformat 4 JSON the way Jupyter does: sorted keys, one-space indentation, sources as line arrays.</summary>
internal static class NotebookWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Notebook notebook)
    {
        var cells = new JsonArray();
        foreach (var cell in notebook.Cells)
        {
            cells.Add(Cell(cell));
        }

        var root = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = notebook.MetadataNode.DeepClone(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = notebook.FormatMinor,
        };
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>Splits text into lines that keep their line ends, as nbformat stores multi-line strings.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(JsonValue.Create(text[start..(i + 1)]));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(JsonValue.Create(text[start..]));
        }

        return lines;
    }

    private static JsonObject Cell(NotebookCell cell)
    {
        var node = new JsonObject();
        if (cell.Attachments is { } attachments)
        {
            node["attachments"] = attachments.DeepClone();
        }

        node["cell_type"] = cell.CellType;
        if (cell.IsCode)
        {
            node["execution_count"] = cell.ExecutionCount;
        }

        if (cell.Id is { } id)
        {
            node["id"] = id;
        }

        node["metadata"] = cell.MetadataNode.DeepClone();
        if (cell.IsCode)
        {
            node["outputs"] = new JsonArray(cell.Outputs.Select(o => (JsonNode?)o.Node.DeepClone()).ToArray());
        }

        node["source"] = ToLines(cell.Source);
        return node;
    }
}
