using System.Text;
using Personas.Data;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

public sealed class NotebookLoadTests
{
    [Fact]
    public void Load_PolyglotNotebook_ReadsCellsTagsAndKernels()
    {
        var notebook = Notebook.Load(TestFiles.Data("parameters.ipynb"));

        Assert.Equal(3, notebook.Cells.Count);
        Assert.Equal("markdown", notebook.Cells[0].CellType);
        Assert.Equal(["parameters"], notebook.Cells[1].Tags);
        Assert.StartsWith("var inputFile = \"data.csv\";\nint k = 4;", notebook.Cells[1].Source, StringComparison.Ordinal);
        Assert.Equal("csharp", notebook.Metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"cells\": [", 1, "expected valid notebook JSON")]
    [InlineData("{\n \"nbformat\": 3,\n \"nbformat_minor\": 0,\n \"cells\": []\n}", 2, "nbformat: expected nbformat 4, found '3'")]
    [InlineData("{\n \"nbformat\": 4,\n \"metadata\": {},\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"source\": \"\"},\n  {\"cell_type\": \"code\",\n   \"source\": 42}\n ]\n}", 7, "cells[1].source: expected a string or an array of strings, found '42'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"python\"}]}", 1, "cells[0].cell_type: expected a cell_type of 'code', 'markdown' or 'raw', found 'python'")]
    [InlineData("{\"nbformat\": 4, \"nbformat\": 4, \"cells\": []}", 1, "expected valid notebook JSON")]
    [InlineData("{\"nbformat\": 4}", 1, "expected a 'cells' array, found 'nothing'")]
    [InlineData("[]", 1, "expected the notebook to be a JSON object, found 'an array'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [1]}]}]}", 1, "cells[0].outputs[0].text: expected a string or an array of strings")]
    public void Load_MalformedNotebook_ThrowsWithLocation(string json, long line, string message)
    {
        var path = Path.Combine(TestFiles.NewScratchFolder(), "bad.ipynb");
        File.WriteAllText(path, json);

        var e = Assert.Throws<PersonasDataException>(() => Notebook.Load(path));

        Assert.Equal("bad.ipynb", e.Source);
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.ipynb:{line}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_WritesAtomically_AndRoundTrips()
    {
        var notebook = Notebook.Load(TestFiles.Data("basic.ipynb"));
        var dir = TestFiles.NewScratchFolder();
        var path = Path.Combine(dir, "out.ipynb");
        File.WriteAllText(path, "old content");

        notebook.Save(path);

        Assert.Equal(["out.ipynb"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
        Assert.Equal(notebook.ToJson(), Notebook.Load(path).ToJson());
        Assert.Equal(notebook.Cells.Select(c => c.Source), Notebook.Load(path).Cells.Select(c => c.Source));
    }

    [Fact]
    public void Parse_ByteOrderMarkAndLineArrays_AreAccepted()
    {
        var json = "\uFEFF{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [{\"cell_type\": \"raw\", \"metadata\": {}, \"source\": [\"a\\n\", \"b\"]}]}";

        var notebook = Notebook.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("a\nb", notebook.Cells[0].Source);
        Assert.Equal("cell-0", notebook.Cells[0].Id);
    }
}
