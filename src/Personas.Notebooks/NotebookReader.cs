using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Personas.Data;

namespace Personas.Notebooks;

/// <summary>Parses notebook JSON and checks it against the shape nbformat 4 requires, reporting the first problem with its location.</summary>
internal static partial class NotebookReader
{
    private const int MaxDepth = 64;
    private static readonly string[] CellTypes = ["code", "markdown", "raw"];
    private static readonly string[] OutputTypes = ["stream", "display_data", "execute_result", "error"];

    public static Notebook Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        var bytes = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..].ToArray() : utf8Json.ToArray();
        Prescan(bytes, source);
        var root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = MaxDepth });
        return new Validator(bytes, source).Notebook(root);
    }

    /// <summary>
    /// One pass with the JSON reader before building the document: syntax errors with their line, duplicate
    /// property names and strings that are not valid UTF-8 (which the document model would only find later, when
    /// a value is read) all become data errors with a location.
    /// </summary>
    private static void Prescan(byte[] bytes, string source)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        var names = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        names.Push(null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = ReadString(ref reader, bytes, source);
                        if (names.Peek()?.Add(name) == false)
                        {
                            throw new PersonasDataException(source, JsonLocator.LineAt(bytes, reader.TokenStartIndex), null, name, "expected valid notebook JSON (each property name once per object)");
                        }

                        break;
                    case JsonTokenType.String:
                        ReadString(ref reader, bytes, source);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = (cut > 0 ? reason[..cut] : reason).TrimEnd('.', ' ');
            var column = e.BytePositionInLine is { } b ? (b + 1).ToString(CultureInfo.InvariantCulture) : null;
            throw new PersonasDataException(source, (e.LineNumber ?? 0) + 1, column, null, "expected valid notebook JSON (" + reason + ")", e);
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, byte[] bytes, string source)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException e)
        {
            throw new PersonasDataException(source, JsonLocator.LineAt(bytes, reader.TokenStartIndex), null, null, "expected valid notebook JSON (strings must be valid UTF-8 text)", e);
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CellIdPattern();

    private sealed class Validator(byte[] bytes, string source)
    {
        public Notebook Notebook(JsonNode? root)
        {
            var nb = Object(root, [], "the notebook to be a JSON object");
            var major = Integer(nb["nbformat"], ["nbformat"], "nbformat 4 (an 'nbformat' number)");
            if (major != 4)
            {
                Fail(["nbformat"], major.ToString(CultureInfo.InvariantCulture), "nbformat 4");
            }

            var minor = nb["nbformat_minor"] is null ? 4 : Integer(nb["nbformat_minor"], ["nbformat_minor"], "a whole number");
            if (minor < 0)
            {
                Fail(["nbformat_minor"], minor.ToString(CultureInfo.InvariantCulture), "a non-negative whole number");
            }

            var metadata = nb["metadata"] is null ? new JsonObject() : (JsonObject)Object(nb["metadata"], ["metadata"], "an object").DeepClone();
            if (nb["cells"] is not JsonArray cellsNode)
            {
                Fail(["cells"], Describe(nb["cells"]), "a 'cells' array");
                return null!;
            }

            var cells = new List<NotebookCell>(cellsNode.Count);
            for (var i = 0; i < cellsNode.Count; i++)
            {
                cells.Add(Cell(cellsNode[i], i, minor));
            }

            return new Notebook(minor, metadata, cells);
        }

        private NotebookCell Cell(JsonNode? node, int index, int minor)
        {
            object[] at = ["cells", index];
            var cell = Object(node, at, "a cell object");
            var type = String(cell["cell_type"], [.. at, "cell_type"], "a cell_type of 'code', 'markdown' or 'raw'");
            if (!CellTypes.Contains(type, StringComparer.Ordinal))
            {
                Fail([.. at, "cell_type"], type, "a cell_type of 'code', 'markdown' or 'raw'");
            }

            var text = cell["source"] is null ? string.Empty : MultilineString(cell["source"], [.. at, "source"]);
            var metadata = cell["metadata"] is null ? new JsonObject() : (JsonObject)Object(cell["metadata"], [.. at, "metadata"], "an object").DeepClone();
            string? id = null;
            if (cell["id"] is not null)
            {
                id = String(cell["id"], [.. at, "id"], "a cell id of 1 to 64 letters, digits, '-' or '_'");
                if (!CellIdPattern().IsMatch(id))
                {
                    Fail([.. at, "id"], id, "a cell id of 1 to 64 letters, digits, '-' or '_'");
                }
            }
            else if (minor >= 5)
            {
                id = "cell-" + index.ToString(CultureInfo.InvariantCulture);
            }

            if (type != "code")
            {
                var attachments = cell["attachments"] is null ? null : (JsonObject)Object(cell["attachments"], [.. at, "attachments"], "an object").DeepClone();
                return new NotebookCell(type, text, metadata, id, attachments: attachments);
            }

            int? count = null;
            if (cell["execution_count"] is { } countNode && countNode.GetValueKind() != JsonValueKind.Null)
            {
                count = Integer(countNode, [.. at, "execution_count"], "a whole number or null");
                if (count < 0)
                {
                    Fail([.. at, "execution_count"], count.Value.ToString(CultureInfo.InvariantCulture), "a non-negative whole number or null");
                }
            }

            var outputs = new List<NotebookOutput>();
            if (cell["outputs"] is not null)
            {
                if (cell["outputs"] is not JsonArray outs)
                {
                    Fail([.. at, "outputs"], Describe(cell["outputs"]), "an array");
                    return null!;
                }

                for (var j = 0; j < outs.Count; j++)
                {
                    outputs.Add(Output(outs[j], [.. at, "outputs", j]));
                }
            }

            return new NotebookCell(type, text, metadata, id, count, outputs);
        }

        private NotebookOutput Output(JsonNode? node, object[] at)
        {
            var output = (JsonObject)Object(node, at, "an output object").DeepClone();
            var type = String(output["output_type"], [.. at, "output_type"], "an output_type of 'stream', 'display_data', 'execute_result' or 'error'");
            if (!OutputTypes.Contains(type, StringComparer.Ordinal))
            {
                Fail([.. at, "output_type"], type, "an output_type of 'stream', 'display_data', 'execute_result' or 'error'");
            }

            switch (type)
            {
                case "stream":
                    String(output["name"], [.. at, "name"], "a stream name");
                    MultilineString(output["text"], [.. at, "text"]);
                    break;
                case "error":
                    String(output["ename"], [.. at, "ename"], "an error name");
                    String(output["evalue"], [.. at, "evalue"], "an error value");
                    if (output["traceback"] is not JsonArray tb || tb.Any(t => t is null || t.GetValueKind() != JsonValueKind.String))
                    {
                        Fail([.. at, "traceback"], Describe(output["traceback"]), "an array of strings");
                    }

                    break;
                default:
                    Object(output["data"], [.. at, "data"], "a MIME bundle object");
                    if (output["metadata"] is null)
                    {
                        output["metadata"] = new JsonObject();
                    }

                    Object(output["metadata"], [.. at, "metadata"], "an object");
                    if (type == "execute_result")
                    {
                        if (output["execution_count"] is { } c && c.GetValueKind() != JsonValueKind.Null)
                        {
                            Integer(c, [.. at, "execution_count"], "a whole number or null");
                        }
                        else
                        {
                            output["execution_count"] = null;
                        }
                    }

                    break;
            }

            return NotebookOutput.FromJson(output);
        }

        private string MultilineString(JsonNode? node, object[] at)
        {
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                return v.GetValue<string>();
            }

            if (node is JsonArray a && a.All(x => x is JsonValue xv && xv.GetValueKind() == JsonValueKind.String))
            {
                return string.Concat(a.Select(x => x!.GetValue<string>()));
            }

            Fail(at, Describe(node), "a string or an array of strings");
            return null!;
        }

        private JsonObject Object(JsonNode? node, object[] at, string expected)
        {
            if (node is JsonObject o)
            {
                return o;
            }

            Fail(at, Describe(node), expected);
            return null!;
        }

        private string String(JsonNode? node, object[] at, string expected)
        {
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                return v.GetValue<string>();
            }

            Fail(at, Describe(node), expected);
            return null!;
        }

        private int Integer(JsonNode? node, object[] at, string expected)
        {
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int i))
            {
                return i;
            }

            Fail(at, Describe(node), expected);
            return 0;
        }

        private void Fail(object[] at, string? found, string expected)
        {
            var path = FormatPath(at);
            var line = JsonLocator.LineOf(bytes, at);
            throw new PersonasDataException(source, line, null, found, (path.Length == 0 ? string.Empty : path + ": ") + "expected " + expected);
        }

        private static string Describe(JsonNode? node) => node switch
        {
            null => "nothing",
            JsonObject => "an object",
            JsonArray => "an array",
            _ => node.ToJsonString(),
        };

        private static string FormatPath(object[] at)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var segment in at)
            {
                if (segment is int i)
                {
                    sb.Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    if (sb.Length > 0)
                    {
                        sb.Append('.');
                    }

                    sb.Append((string)segment);
                }
            }

            return sb.ToString();
        }
    }
}
