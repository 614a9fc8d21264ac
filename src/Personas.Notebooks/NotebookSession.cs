using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Personas.Notebooks;

/// <summary>One run of one notebook: the Roslyn script state shared by its cells, its package references and the outputs.</summary>
internal sealed class NotebookSession
{
    private static readonly string[] DefaultImports =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks", "Personas.Notebooks"];

    private readonly Notebook notebook;
    private readonly string workingDirectory;
    private readonly NotebookRunOptions options;
    private readonly PackageResolver packages;
    private readonly NotebookGlobals globals = new();
    private readonly List<string> notes = [];
    private readonly DisplayState displayState = new();
    private ScriptOptions scriptOptions;
    private ScriptState<object>? state;
    private int executionCount;

    public NotebookSession(Notebook notebook, string workingDirectory, NotebookRunOptions options)
    {
        this.notebook = notebook;
        this.workingDirectory = workingDirectory;
        this.options = options;
        packages = new PackageResolver(Path.Combine(Path.GetTempPath(), "personas-notebooks", "packages"));
        if (options.LocalPackageFolder is { } folder)
        {
            packages.AddSource(Path.GetFullPath(folder, workingDirectory));
        }

        scriptOptions = ScriptOptions.Default
            .WithReferences(FrameworkReferences().Append(MetadataReference.CreateFromFile(typeof(NotebookGlobals).Assembly.Location)))
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory))
            .WithSourceResolver(new SourceFileResolver([], workingDirectory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(false)
            .WithAllowUnsafe(false);
    }

    public async Task<NotebookRunResult> RunAsync(IProgress<PersonasProgress>? progress, CancellationToken ct)
    {
        ConsoleRouter.Install();
        var cells = notebook.Cells.ToList();
        var defaultKernel = CellPlan.NotebookKernel(notebook.MetadataNode);
        int? failed = null;
        string? error = null;
        for (var i = 0; i < cells.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var cell = cells[i];
            if (!cell.IsCode)
            {
                continue;
            }

            if (failed is not null)
            {
                cells[i] = cell.WithExecution(null, []);
                continue;
            }

            progress?.Report(new PersonasProgress($"cell {i + 1} of {cells.Count}", (double)i / cells.Count));
            var plan = CellPlan.For(cell, defaultKernel);
            if (!plan.IsCSharp && plan.Unsupported is null)
            {
                var note = $"cell {i + 1}: skipped: written for the '{plan.Kernel}' kernel; only C# cells are executed";
                notes.Add(note);
                cells[i] = cell.WithExecution(null, [NotebookOutput.Stream("stderr", note + "\n")]);
                continue;
            }

            var count = ++executionCount;
            var (outputs, message) = await RunCellAsync(plan, count, ct).ConfigureAwait(false);
            cells[i] = cell.WithExecution(count, outputs);
            if (message is not null)
            {
                failed = i;
                error = $"cell {i + 1} ({Describe(cell)}In [{count.ToString(CultureInfo.InvariantCulture)}]): {message}";
            }
        }

        progress?.Report(new PersonasProgress("done", 1));
        return new NotebookRunResult(notebook.WithCells(cells), failed, error, notes);
    }

    private static string Describe(NotebookCell cell) =>
        cell.Tags.Contains(ParameterInjector.InjectedTag) ? "injected parameters, " : cell.Tags.Contains(ParameterInjector.ParametersTag) ? "parameters, " : string.Empty;

    private async Task<(IReadOnlyList<NotebookOutput> Outputs, string? Error)> RunCellAsync(CellPlan plan, int count, CancellationToken ct)
    {
        var context = new CellContext(displayState);
        string? message = null;
        try
        {
            if (plan.Unsupported is not null)
            {
                throw new NotebookPackageException(plan.Unsupported);
            }

            AddPackages(plan);
            var previous = CellContext.Current;
            CellContext.Current = context;
            try
            {
                var task = Task.Run(() => Continue(plan.Code, ct), ct);
                state = options.CellTimeout is { } timeout ? await task.WaitAsync(timeout, ct).ConfigureAwait(false) : await task.WaitAsync(ct).ConfigureAwait(false);
            }
            finally
            {
                CellContext.Current = previous;
            }

            if (TrailingExpression(plan.Code) is not null && !ReturnsVoid(state.Script))
            {
                context.Add(NotebookOutput.ExecuteResult(count, ValueFormatter.Format(state.ReturnValue, displayState)));
            }
        }
        catch (CompilationErrorException e)
        {
            var lines = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(FormatDiagnostic).ToArray();
            message = lines.Length > 0 ? lines[0] : e.Message;
            context.Add(NotebookOutput.Error("CompilationError", string.Join("\n", lines), lines));
        }
        catch (NotebookPackageException e)
        {
            message = e.Message;
            context.Add(NotebookOutput.Error("NotebookError", e.Message, [e.Message]));
        }
        catch (TimeoutException)
        {
            message = $"did not finish within {options.CellTimeout!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
            context.Add(NotebookOutput.Error("TimeoutError", message, [message]));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any exception thrown by user code in a cell is that cell's error output.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
            message = $"{inner.GetType().FullName}: {inner.Message}";
            context.Add(NotebookOutput.Error(inner.GetType().FullName ?? inner.GetType().Name, inner.Message, Traceback(inner)));
        }

        return (context.Complete(), message);
    }

    private async Task<ScriptState<object>> Continue(string code, CancellationToken ct) =>
        state is null
            ? await CSharpScript.RunAsync(code, scriptOptions, globals, typeof(NotebookGlobals), ct).ConfigureAwait(false)
            : await state.ContinueWithAsync(code, scriptOptions, ct).ConfigureAwait(false);

    private void AddPackages(CellPlan plan)
    {
        foreach (var source in plan.Sources)
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile)
            {
                notes.Add($"package source '{source}' ignored: only local package folders are used");
                continue;
            }

            packages.AddSource(Path.GetFullPath(source, workingDirectory));
        }

        foreach (var (id, version) in plan.Packages)
        {
            var files = packages.Resolve(id, version);
            if (files.Count > 0)
            {
                scriptOptions = scriptOptions.AddReferences(files.Select(f => MetadataReference.CreateFromFile(f)));
            }
        }
    }

    private static ExpressionSyntax? TrailingExpression(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest)).GetCompilationUnitRoot();
        return root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement }
            ? statement.Expression
            : null;
    }

    private static bool ReturnsVoid(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        if (TrailingExpression(tree.ToString()) is null)
        {
            return true;
        }

        var expression = tree.GetCompilationUnitRoot().Members.Last() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax s } ? s.Expression : null;
        var type = expression is null ? null : compilation.GetSemanticModel(tree).GetTypeInfo(expression).Type;
        return type is null || type.SpecialType == SpecialType.System_Void;
    }

    private static string FormatDiagnostic(Diagnostic d)
    {
        var text = $"error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        if (d.Location.IsInSource)
        {
            var p = d.Location.GetLineSpan().StartLinePosition;
            text += $" (line {(p.Line + 1).ToString(CultureInfo.InvariantCulture)}, column {(p.Character + 1).ToString(CultureInfo.InvariantCulture)})";
        }

        return text;
    }

    private static string[] Traceback(Exception e) =>
        e.ToString().Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal) && !l.Contains("--- End of stack trace", StringComparison.Ordinal))
            .ToArray();

    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        var dir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.EnumerateFiles(dir, "*.dll")
            .Where(f => Path.GetFileName(f) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll" or "Microsoft.VisualBasic.dll" or "Microsoft.Win32.Primitives.dll"))
            .Where(IsManaged)
            .Order(StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
    }

    private static bool IsManaged(string file)
    {
        try
        {
            AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
