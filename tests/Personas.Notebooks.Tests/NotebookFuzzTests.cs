using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Personas.Data;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

/// <summary>
/// Throws malformed notebooks at <see cref="Notebook.Load"/>: random bytes, truncations and byte flips of a valid
/// notebook, valid JSON with values of the wrong type or missing, deep nesting, huge fields, odd characters. The
/// only outcomes allowed are a notebook or a <see cref="PersonasDataException"/> naming the file and a line; each
/// case must finish within a time bound (a hang detector, not a speed test).
/// </summary>
public sealed class NotebookFuzzTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static readonly byte[] Valid = JsonSerializer.SerializeToUtf8Bytes(new
    {
        nbformat = 4,
        nbformat_minor = 5,
        metadata = new { kernelspec = new { name = ".net-csharp", language = "C#" }, polyglot_notebook = new { kernelInfo = new { defaultKernelName = "csharp" } } },
        cells = new object[]
        {
            new { cell_type = "markdown", id = "m1", metadata = new { }, source = new[] { "# Title\n", "text\u200f\u202e" } },
            new { cell_type = "raw", id = "r1", metadata = new { }, source = "raw", attachments = new { } },
            new
            {
                cell_type = "code",
                id = "c1",
                execution_count = 3,
                metadata = new { tags = new[] { "parameters" } },
                source = "var x = 1;",
                outputs = new object[]
                {
                    new { output_type = "stream", name = "stdout", text = new[] { "a\n", "b" } },
                    new { output_type = "display_data", metadata = new { }, data = new Dictionary<string, object> { ["text/plain"] = "1", ["application/json"] = new { a = 1 } } },
                    new { output_type = "execute_result", execution_count = 3, metadata = new { }, data = new Dictionary<string, object> { ["text/html"] = new[] { "<b>", "1</b>" } } },
                    new { output_type = "error", ename = "E", evalue = "v", traceback = new[] { "t" } },
                },
            },
        },
    });

    private static readonly JsonNode?[] WrongValues =
        [null, JsonValue.Create(-1), JsonValue.Create(4.5), JsonValue.Create(1e300), JsonValue.Create("4"), JsonValue.Create(true), new JsonArray(), new JsonArray(1, "a"), new JsonObject(), JsonValue.Create(long.MaxValue), JsonValue.Create("\u0000\u202e")];

    [FsCheck.Xunit.Property(MaxTest = 10_000, QuietOnSuccess = true)]
    public Property Load_MalformedInput_ReadsOrThrowsDataExceptionWithLocation()
    {
        var path = Path.Combine(TestFiles.NewScratchFolder(preferMemory: true), "fuzz.ipynb");
        return Prop.ForAll(Inputs().ToArbitrary(), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            var run = Task.Run(() =>
            {
                try
                {
                    Notebook.Load(path).ToJson();
                    return true;
                }
                catch (PersonasDataException e)
                {
                    return e.Source == "fuzz.ipynb" && e.Line is > 0 && e.Message.StartsWith("fuzz.ipynb:", StringComparison.Ordinal);
                }
            });
            return run.Wait(Bound) && run.Result;
        });
    }

    [Fact]
    public void Load_OneMutationOfEachKind_IsCovered()
    {
        // The generator must really produce both outcomes, or the property above would test nothing.
        var samples = Gen.Sample(Inputs(), 400).ToList();
        var outcomes = samples.Select(b =>
        {
            try
            {
                Notebook.Parse(b, "s");
                return "ok";
            }
            catch (PersonasDataException)
            {
                return "error";
            }
        }).ToHashSet();
        Assert.Equal(["error", "ok"], outcomes.Order());
    }

    [Fact]
    public void Load_HugeField_Reads()
    {
        // Kept out of the property: one 5 MB case is enough, and 10,000 of them would only cost time.
        var path = Path.Combine(TestFiles.NewScratchFolder(), "huge.ipynb");
        File.WriteAllText(path, "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"" + new string('x', 5_000_000) + "\"}]}");

        Assert.Equal(5_000_000, Notebook.Load(path).Cells[0].Source.Length);
    }

    private static Gen<byte[]> Inputs() => Gen.Frequency(
        (2, ArbMap.Default.GeneratorFor<byte[]>()),
        (2, Gen.Choose(0, Valid.Length).Select(n => Valid[..n])),
        (2, from i in Gen.Choose(0, Valid.Length - 1) from b in Gen.Choose(0, 255) select Flip(i, (byte)b)),
        (4, Gen.Elements(Mutations.Value)),
        (1, Gen.Elements(Specials())),
        (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": " + s + "}]}"))));

    /// <summary>Every value of the valid notebook replaced by each wrong value, and every property deleted (built once: about 700 inputs).</summary>
    private static readonly Lazy<byte[][]> Mutations = new(() =>
    {
        var slots = new List<(JsonNode, object)>();
        Collect(JsonNode.Parse(Valid)!, slots);
        var count = slots.Count;
        var result = new List<byte[]>();
        for (var i = 0; i < count; i++)
        {
            result.Add(Mutate(i, null, delete: true));
            result.AddRange(WrongValues.Select(v => Mutate(i, v, delete: false)));
        }

        return [.. result];
    });

    private static byte[] Flip(int index, byte value)
    {
        var copy = (byte[])Valid.Clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] Mutate(int pick, JsonNode? value, bool delete)
    {
        var root = JsonNode.Parse(Valid)!;
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(root, slots);
        var (parent, key) = slots[pick % slots.Count];
        if (parent is JsonObject o)
        {
            if (delete)
            {
                o.Remove((string)key);
            }
            else
            {
                o[(string)key] = value?.DeepClone();
            }
        }
        else if (parent is JsonArray a)
        {
            a[(int)key] = value?.DeepClone();
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> slots)
    {
        if (node is JsonObject o)
        {
            foreach (var (k, child) in o.ToList())
            {
                slots.Add((o, k));
                if (child is not null)
                {
                    Collect(child, slots);
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                slots.Add((a, i));
                if (a[i] is { } child)
                {
                    Collect(child, slots);
                }
            }
        }
    }

    private static byte[][] Specials() =>
    [
        [],
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE, 0x7B, 0x00],
        [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D],
        Encoding.UTF8.GetBytes(new string('[', 100_000)),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5000))),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"" + new string('x', 20_000) + "\"}]}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": NaN, \"cells\": []}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 1e400, \"cells\": []}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": []}\r\n\r\n"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [], } "),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, /* c */ \"cells\": []}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"id\": \"../../etc\", \"source\": \"\"}]}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"execution_count\": 99999999999, \"source\": \"\"}]}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\\ud800\"}]}"),
        Encoding.UTF8.GetBytes("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"metadata\": {\"tags\": [1, null, {}]}, \"source\": \"\"}]}"),
    ];
}
