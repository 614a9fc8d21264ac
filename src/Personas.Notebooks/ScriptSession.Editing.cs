using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Personas.Notebooks;

/// <summary>Completion, inspection and the completeness check of a cell, against the state the earlier cells left.</summary>
internal sealed partial class ScriptSession
{
    private const int MaxCompletions = 500;

    private static readonly string[] Keywords =
    [
        "abstract", "as", "async", "await", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "false", "finally", "float", "for", "foreach", "if", "in", "int",
        "interface", "is", "lock", "long", "nameof", "new", "null", "object", "out", "params", "record", "ref", "return", "sbyte", "short",
        "sizeof", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "using", "var", "void",
        "when", "where", "while", "with", "yield",
    ];

    private static readonly SymbolDisplayFormat SignatureFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat TypeFormat = SignatureFormat.WithKindOptions(SymbolDisplayKindOptions.None);

    /// <summary>Whether a cell can run as it is: <c>complete</c>, <c>incomplete</c> (an open block or statement) or <c>invalid</c>.</summary>
    public static string IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(CellPlan.ForCode(code).Code, ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return "incomplete";
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : "complete";
    }

    /// <summary>The names that fit at <paramref name="cursor"/>: members after a dot, else variables, types, namespaces and keywords.</summary>
    /// <param name="code">The cell's text.</param>
    /// <param name="cursor">The cursor's UTF-16 offset in <paramref name="code"/>.</param>
    public CompletionResult Complete(string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }

        var prefix = code[start..cursor];
        var (model, root) = Analyze(code);
        IEnumerable<ISymbol> symbols;
        var keywords = Enumerable.Empty<string>();
        if (start > 0 && code[start - 1] == '.')
        {
            symbols = Left(root.FindToken(start - 1)) is { } left ? Members(model, left, start) : [];
        }
        else
        {
            symbols = model.LookupSymbols(start);
            keywords = Keywords;
        }

        var items = symbols
            .Where(s => s.CanBeReferencedByName && !s.IsImplicitlyDeclared && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => new CompletionItem(g.Key, Kind(g.First())))
            .Concat(keywords.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => new CompletionItem(k, "keyword")))
            .DistinctBy(i => i.Text, StringComparer.Ordinal)
            .OrderBy(i => !i.Text.StartsWith(prefix, StringComparison.Ordinal))
            .ThenBy(i => i.Text, StringComparer.OrdinalIgnoreCase)
            .Take(MaxCompletions)
            .ToArray();
        return new CompletionResult(items, start, cursor);
    }

    /// <summary>The signature and documentation summary of the symbol at <paramref name="cursor"/> (or of the call the cursor is in).</summary>
    /// <param name="code">The cell's text.</param>
    /// <param name="cursor">The cursor's UTF-16 offset in <paramref name="code"/>.</param>
    public Inspection? Inspect(string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var (model, root) = Analyze(code);
        var token = root.FindToken(cursor);
        if (!token.IsKind(SyntaxKind.IdentifierToken) && cursor > 0)
        {
            token = root.FindToken(cursor - 1);
        }

        var node = token.Parent;
        if (node is ArgumentListSyntax or null || !token.IsKind(SyntaxKind.IdentifierToken))
        {
            // Inside a call's parentheses: the method being called.
            node = token.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault()?.Expression ?? node;
        }

        if (node is null)
        {
            return null;
        }

        var info = model.GetSymbolInfo(node);
        var symbols = info.Symbol is { } s ? [s] : info.CandidateSymbols.IsDefaultOrEmpty ? [] : info.CandidateSymbols.ToArray();
        if (symbols.Length == 0 && (model.GetDeclaredSymbol(node) ?? model.GetTypeInfo(node).Type) is { } declared and not IErrorTypeSymbol)
        {
            symbols = [declared];
        }

        if (symbols.Length == 0)
        {
            return null;
        }

        var signature = string.Join("\n", symbols.Select(Signature));
        var summary = Summary(symbols[0]) ?? (TypeOf(symbols[0]) is { } type ? Summary(type) : null);
        return new Inspection(signature, summary);
    }

    private (SemanticModel Model, SyntaxNode Root) Analyze(string code)
    {
        var plan = CellPlan.ForCode(code);
        var options = scriptOptions.WithFilePath(CellFile(0));
        var script = state is null ? CSharpScript.Create(plan.Code, options, typeof(NotebookGlobals)) : state.Script.ContinueWith(plan.Code, options);
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        return (compilation.GetSemanticModel(tree), tree.GetRoot());
    }

    private static ExpressionSyntax? Left(SyntaxToken dot) => dot.Parent switch
    {
        MemberAccessExpressionSyntax m => m.Expression,
        QualifiedNameSyntax q => q.Left,
        MemberBindingExpressionSyntax b => b.Ancestors().OfType<ConditionalAccessExpressionSyntax>().FirstOrDefault()?.Expression,
        _ => null,
    };

    private static IEnumerable<ISymbol> Members(SemanticModel model, ExpressionSyntax left, int position)
    {
        var symbol = model.GetSymbolInfo(left).Symbol;
        if (symbol is INamespaceSymbol ns)
        {
            return model.LookupNamespacesAndTypes(position, ns).Concat(ns.GetTypeMembers());
        }

        if (symbol is ITypeSymbol staticType)
        {
            return model.LookupStaticMembers(position, staticType);
        }

        var type = model.GetTypeInfo(left).Type;
        if (type is null or IErrorTypeSymbol)
        {
            return [];
        }

        return model.LookupSymbols(position, type, includeReducedExtensionMethods: true)
            .Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension });
    }

    private static string Kind(ISymbol symbol) => symbol switch
    {
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { ContainingType.IsScriptClass: true } => "variable",
        IFieldSymbol => "field",
        ILocalSymbol => "variable",
        IParameterSymbol => "variable",
        IEventSymbol => "event",
        INamespaceSymbol => "namespace",
        INamedTypeSymbol t => t.TypeKind switch
        {
            TypeKind.Interface => "interface",
            TypeKind.Struct => "struct",
            TypeKind.Enum => "enum",
            TypeKind.Delegate => "delegate",
            _ => "class",
        },
        _ => "text",
    };

    private static string Signature(ISymbol symbol) => symbol switch
    {
        IFieldSymbol { ContainingType.IsScriptClass: true } f => f.Type.ToDisplayString(TypeFormat) + " " + f.Name,
        ILocalSymbol l => l.Type.ToDisplayString(TypeFormat) + " " + l.Name,
        _ => symbol.ToDisplayString(SignatureFormat),
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol f => f.Type,
        ILocalSymbol l => l.Type,
        IPropertySymbol p => p.Type,
        IParameterSymbol p => p.Type,
        _ => null,
    };

    /// <summary>The documentation's summary as plain text (cref and paramref elements become their names).</summary>
    private static string? Summary(ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            if (summary is null)
            {
                return null;
            }

            var text = new StringBuilder();
            foreach (var node in summary.DescendantNodes())
            {
                switch (node)
                {
                    case XText t when t.Parent is not null && t.Parent.Name.LocalName != "see":
                        text.Append(t.Value);
                        break;
                    case XElement e when e.Name.LocalName is "see" or "paramref" or "typeparamref":
                        var reference = (string?)e.Attribute("cref") ?? (string?)e.Attribute("name") ?? (string?)e.Attribute("langword") ?? e.Value;
                        text.Append(e.Value.Length > 0 ? e.Value : reference[(reference.LastIndexOf('.') + 1)..].Split('(')[0].Split('`')[0]);
                        break;
                }
            }

            return WhiteSpace().Replace(text.ToString(), " ").Trim();
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
