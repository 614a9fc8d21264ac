using System.Text.Json;
using System.Text.Json.Nodes;

namespace Personas.Notebooks;

/// <summary>
/// One output of a code cell: a <c>stream</c> (console text), <c>display_data</c>, <c>execute_result</c> or
/// <c>error</c>.
/// </summary>
public sealed class NotebookOutput
{
    private NotebookOutput(JsonObject node)
    {
        Node = node;
        OutputType = node["output_type"]?.GetValue<string>() ?? string.Empty;
        Name = AsString(node["name"]);
        Text = node["text"] is { } text ? JoinText(text) : null;
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node["data"] is JsonObject bundle)
        {
            foreach (var (mime, value) in bundle)
            {
                data[mime] = value is null ? "null" : JoinText(value);
            }
        }

        Data = data;
        ExecutionCount = node["execution_count"] is JsonValue count && count.TryGetValue(out int c) ? c : null;
        ErrorName = AsString(node["ename"]);
        ErrorValue = AsString(node["evalue"]);
        Traceback = node["traceback"] is JsonArray tb ? tb.Select(AsString).OfType<string>().ToArray() : [];
    }

    /// <summary>The output type: <c>stream</c>, <c>display_data</c>, <c>execute_result</c> or <c>error</c>.</summary>
    public string OutputType { get; }

    /// <summary>The stream name (<c>stdout</c> or <c>stderr</c>) of a stream output, else null.</summary>
    public string? Name { get; }

    /// <summary>The text of a stream output, else null.</summary>
    public string? Text { get; }

    /// <summary>The MIME bundle of a display or result output (MIME type to text; JSON values as JSON text).</summary>
    public IReadOnlyDictionary<string, string> Data { get; }

    /// <summary>The execution count of an <c>execute_result</c>, else null.</summary>
    public int? ExecutionCount { get; }

    /// <summary>The exception or error name of an error output, else null.</summary>
    public string? ErrorName { get; }

    /// <summary>The error message of an error output, else null.</summary>
    public string? ErrorValue { get; }

    /// <summary>The traceback lines of an error output; empty otherwise.</summary>
    public IReadOnlyList<string> Traceback { get; }

    internal JsonObject Node { get; }

    /// <summary>The display id of a <c>display_data</c> output shown by <c>display(...)</c> (not saved: Jupyter keeps it transient).</summary>
    internal string? DisplayId { get; private init; }

    internal static NotebookOutput FromJson(JsonObject node) => new(node);

    internal static NotebookOutput Stream(string name, string text) => new(new JsonObject
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = NotebookWriter.ToLines(text),
    });

    internal static NotebookOutput DisplayData(IReadOnlyList<KeyValuePair<string, string>> bundle, string? displayId = null) => new(new JsonObject
    {
        ["data"] = ToBundle(bundle),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    })
    {
        DisplayId = displayId,
    };

    /// <summary>The same output with the latest content of its display id, when the value was updated after it was shown.</summary>
    internal NotebookOutput WithLatest(DisplayState state) =>
        DisplayId is { } id && state.Latest(id) is { } latest ? DisplayData(latest, id) : this;

    internal static NotebookOutput ExecuteResult(int executionCount, IReadOnlyList<KeyValuePair<string, string>> bundle) => new(new JsonObject
    {
        ["data"] = ToBundle(bundle),
        ["execution_count"] = executionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    });

    internal static NotebookOutput Error(string name, string value, IEnumerable<string> traceback) => new(new JsonObject
    {
        ["ename"] = name,
        ["evalue"] = value,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    });

    private static JsonObject ToBundle(IReadOnlyList<KeyValuePair<string, string>> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in bundle)
        {
            data[mime] = NotebookWriter.ToLines(text);
        }

        return data;
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static string JoinText(JsonNode node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray a when a.All(x => x is JsonValue xv && xv.GetValueKind() == JsonValueKind.String) =>
            string.Concat(a.Select(x => x!.GetValue<string>())),
        _ => node.ToJsonString(),
    };
}
