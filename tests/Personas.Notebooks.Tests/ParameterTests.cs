using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

public sealed class ParameterTests
{
    private const string Hostile = "\"; System.IO.File.Delete(\"sentinel.txt\"); //\n#r \"evil.dll\"\n}";

    private static readonly Dictionary<string, string> Declared = new()
    {
        ["inputFile"] = "string",
        ["k"] = "int",
        ["rate"] = "double",
        ["verbose"] = "bool",
    };

    [Fact]
    public async Task Run_WithoutParameters_UsesTheDefaults()
    {
        var path = TestFiles.CopyToScratch("parameters.ipynb");

        var result = await NotebookRunner.RunAsync(path);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, result.Executed.Cells.Count);
        Assert.Equal("data.csv|4|0.5|False|2026-Q2|Int32|Double", result.Executed.Cells[2].Outputs[0].Data["text/plain"]);
    }

    [Fact]
    public async Task Run_WithParameters_OverridesDefaults_AndHostileTextStaysData()
    {
        var path = TestFiles.CopyToScratch("parameters.ipynb");
        var sentinel = Path.Combine(Path.GetDirectoryName(path)!, "sentinel.txt");
        File.WriteAllText(sentinel, "still here");
        var options = new NotebookRunOptions
        {
            Parameters = new Dictionary<string, string> { ["inputFile"] = "other.csv", ["k"] = "7", ["rate"] = "1.25", ["verbose"] = "true", ["quarter"] = Hostile },
        };

        var result = await NotebookRunner.RunAsync(path, options);

        Assert.True(result.Succeeded, result.Error);
        var injected = result.Executed.Cells[2];
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Contains("string inputFile = \"other.csv\";", injected.Source, StringComparison.Ordinal);
        Assert.Equal($"other.csv|7|1.25|True|{Hostile}|Int32|Double", result.Executed.Cells[3].Outputs[0].Data["text/plain"]);
        Assert.True(File.Exists(sentinel));
        NotebookFailureTests.AssertValidWhenValidatorInstalled(result.Executed);
    }

    [Theory]
    [InlineData("missing", "x", "parameter 'missing' is not declared")]
    [InlineData("not valid", "x", "'not valid': not a valid C# identifier")]
    [InlineData("class", "x", "'class': not a valid C# identifier")]
    [InlineData("k", "seven", "parameter 'k': expected a finite int number, found 'seven'")]
    [InlineData("k", "7; File.Delete(\"x\")", "parameter 'k': expected a finite int number")]
    [InlineData("rate", "NaN", "parameter 'rate': expected a finite double number")]
    [InlineData("verbose", "yes", "parameter 'verbose': expected true or false")]
    public void Assignment_WithBadNameOrValue_ThrowsNamingIt(string name, string value, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => ParameterInjector.Assignment(name, value, Declared));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithParameterNotInParametersCell_ThrowsUsageError()
    {
        var path = TestFiles.CopyToScratch("parameters.ipynb");
        var options = new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["nope"] = "1" } };

        var e = await Assert.ThrowsAnyAsync<ArgumentException>(() => NotebookRunner.RunAsync(path, options));

        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_WithoutParametersCell_ThrowsUsageError()
    {
        var notebook = Notebook.Load(TestFiles.Data("broken.ipynb"));

        var e = Assert.Throws<ArgumentException>(() => ParameterInjector.Inject(notebook, new Dictionary<string, string> { ["a"] = "1" }));

        Assert.Contains("no code cell tagged 'parameters'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_ReadTypesFromKeywordsAndLiterals()
    {
        var declared = ParameterInjector.Declarations("var a = \"x\"; int b = 1; var c = 2.5; var d = -3L; bool e = true; string? f = null; var g = DateTime.Today;");

        Assert.Equal("string", declared["a"]);
        Assert.Equal("int", declared["b"]);
        Assert.Equal("double", declared["c"]);
        Assert.Equal("long", declared["d"]);
        Assert.Equal("bool", declared["e"]);
        Assert.Equal("string", declared["f"]);
        Assert.StartsWith("var (", declared["g"], StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Assignment_AnyStringValue_IsOneStringLiteralWithThatValue()
    {
        var values = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)
            .Select(s => s.Length > 0 && s.Length % 3 == 0 ? s + Hostile : s);
        return Prop.ForAll(values.ToArbitrary(), value =>
        {
            var code = ParameterInjector.Assignment("inputFile", value, Declared);
            var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
            var root = tree.GetCompilationUnitRoot();
            var member = Assert.Single(root.Members);
            var literal = member.DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
            return !tree.GetDiagnostics().Any() && literal.Token.ValueText == value && !root.DescendantTrivia().Any(t => t.IsDirective);
        });
    }
}
