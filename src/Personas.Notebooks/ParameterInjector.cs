using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Personas.Notebooks;

/// <summary>
/// Papermill-style parameters for C#: a new cell tagged <c>injected-parameters</c> after the cell tagged
/// <c>parameters</c> redeclares each given variable with the value as a literal of the declared type. Values are
/// always data: strings go through <see cref="SymbolDisplay.FormatLiteral(string, bool)"/>, numbers and bools are
/// parsed first, so nothing a user passes can become code.
/// </summary>
internal static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    public static Notebook Inject(Notebook notebook, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.Count == 0)
        {
            return notebook;
        }

        var cells = notebook.Cells.ToList();
        var index = cells.FindIndex(c => c.IsCode && c.Tags.Contains(ParametersTag));
        if (index < 0)
        {
            throw new ArgumentException($"parameter '{parameters.Keys.First()}' cannot be set: the notebook has no code cell tagged '{ParametersTag}'", nameof(parameters));
        }

        var declared = Declarations(CellPlan.For(cells[index], "csharp").Code);
        var source = new StringBuilder("// Parameters injected by personas notebook run\n");
        foreach (var (name, value) in parameters)
        {
            source.Append(Assignment(name, value, declared)).Append('\n');
        }

        cells.RemoveAll(c => c.Tags.Contains(InjectedTag));
        var metadata = new JsonObject
        {
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
            ["tags"] = new JsonArray(InjectedTag),
        };
        var id = notebook.FormatMinor >= 5 ? UniqueId(cells) : null;
        cells.Insert(index + 1, new NotebookCell("code", source.ToString().TrimEnd('\n'), metadata, id));
        return notebook.WithCells(cells);
    }

    internal static string Assignment(string name, string value, IReadOnlyDictionary<string, string> declared)
    {
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.VarKeyword)
        {
            throw new ArgumentException($"parameter '{name}': not a valid C# identifier", nameof(name));
        }

        if (!declared.TryGetValue(name, out var type))
        {
            var known = declared.Count == 0 ? "none" : string.Join(", ", declared.Keys.Order(StringComparer.Ordinal));
            throw new ArgumentException($"parameter '{name}' is not declared in the cell tagged '{ParametersTag}' (declared there: {known})", nameof(name));
        }

        var inv = CultureInfo.InvariantCulture;
        string? literal = type switch
        {
            "string" => SymbolDisplay.FormatLiteral(value, quote: true),
            "bool" => bool.TryParse(value, out var b) ? (b ? "true" : "false") : null,
            "int" => int.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var i) ? i.ToString(inv) : null,
            "long" => long.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var l) ? l.ToString(inv) + "L" : null,
            "short" => short.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var s) ? s.ToString(inv) : null,
            "byte" => byte.TryParse(value, NumberStyles.None, inv, out var y) ? y.ToString(inv) : null,
            "uint" => uint.TryParse(value, NumberStyles.None, inv, out var u) ? u.ToString(inv) + "U" : null,
            "ulong" => ulong.TryParse(value, NumberStyles.None, inv, out var ul) ? ul.ToString(inv) + "UL" : null,
            "double" => double.TryParse(value, NumberStyles.Float, inv, out var d) && double.IsFinite(d) ? d.ToString("R", inv) + "D" : null,
            "float" => float.TryParse(value, NumberStyles.Float, inv, out var f) && float.IsFinite(f) ? f.ToString("R", inv) + "F" : null,
            "decimal" => decimal.TryParse(value, NumberStyles.Float, inv, out var m) ? m.ToString(inv) + "M" : null,
            _ => throw new ArgumentException($"parameter '{name}' has type '{type}' in the cell tagged '{ParametersTag}'; only string, bool and number parameters can be set", nameof(name)),
        };
        if (literal is null)
        {
            throw new ArgumentException($"parameter '{name}': expected {(type == "bool" ? "true or false" : "a finite " + type + " number")}, found '{value}'", nameof(value));
        }

        return $"{type} {name} = {literal};";
    }

    /// <summary>The top-level variables of the parameters cell and their types (a C# keyword such as <c>string</c> or <c>int</c>, else the type's text).</summary>
    internal static IReadOnlyDictionary<string, string> Declarations(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script)).GetCompilationUnitRoot();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in root.Members)
        {
            var declaration = member switch
            {
                FieldDeclarationSyntax f => f.Declaration,
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax l } => l.Declaration,
                _ => null,
            };
            if (declaration is null)
            {
                continue;
            }

            foreach (var variable in declaration.Variables)
            {
                result[variable.Identifier.ValueText] = TypeOf(declaration.Type, variable.Initializer?.Value);
            }
        }

        return result;
    }

    private static string TypeOf(TypeSyntax type, ExpressionSyntax? initializer)
    {
        if (type is NullableTypeSyntax nullable)
        {
            type = nullable.ElementType;
        }

        if (type is PredefinedTypeSyntax predefined)
        {
            return predefined.Keyword.ValueText;
        }

        if (!type.IsVar)
        {
            return type.ToString();
        }

        if (initializer is PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken } negative)
        {
            initializer = negative.Operand;
        }

        return initializer switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => "string",
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } => "bool",
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } n => n.Token.Value switch
            {
                int => "int",
                long => "long",
                uint => "uint",
                ulong => "ulong",
                double => "double",
                float => "float",
                decimal => "decimal",
                _ => "number",
            },
            InterpolatedStringExpressionSyntax => "string",
            _ => "var (" + (initializer?.ToString() ?? "no initializer") + ")",
        };
    }

    private static string UniqueId(List<NotebookCell> cells)
    {
        var id = InjectedTag;
        for (var n = 2; cells.Any(c => c.Id == id); n++)
        {
            id = InjectedTag + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }
}
