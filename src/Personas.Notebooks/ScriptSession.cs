using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Personas.Notebooks;

/// <summary>
/// One C# session of notebook cells: the Roslyn script state shared by the cells (variables, usings, types),
/// their package references, what has been displayed, and completion and inspection against that state. The batch
/// runner and the Jupyter kernel both run cells through it, one at a time.
/// </summary>
internal sealed partial class ScriptSession
{
    /// <summary>How long an interrupted cell may take to honour its cancellation token before it is abandoned.</summary>
    public static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan StreamFlushInterval = TimeSpan.FromMilliseconds(50);

    private static readonly string[] DefaultImports =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks", "Personas.Notebooks"];

    private static readonly Lazy<MetadataReference[]> BaseReferences = new(() =>
        [.. FrameworkReferences(), Reference(typeof(NotebookGlobals).Assembly.Location)]);

    private readonly string workingDirectory;
    private readonly PackageResolver packages;
    private readonly NotebookGlobals globals = new();
    private readonly List<string> notes = [];
    private ScriptOptions scriptOptions;
    private ScriptState<object>? state;

    public ScriptSession(string workingDirectory, string? localPackageFolder)
    {
        this.workingDirectory = workingDirectory;
        packages = new PackageResolver(Path.Combine(Path.GetTempPath(), "personas-notebooks", "packages"));
        if (localPackageFolder is not null)
        {
            packages.AddSource(Path.GetFullPath(localPackageFolder, workingDirectory));
        }

        packages.AddConfiguredSources(workingDirectory);

        scriptOptions = ScriptOptions.Default
            .WithReferences(BaseReferences.Value)
            .WithImports(DefaultImports)
            .WithMetadataResolver(new DocumentingResolver(ScriptMetadataResolver.Default.WithBaseDirectory(workingDirectory)))
            .WithSourceResolver(new SourceFileResolver([], workingDirectory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithAllowUnsafe(false);
    }

    /// <summary>What this session has displayed (plotly.js written once; updated displays).</summary>
    public DisplayState Display { get; } = new();

    /// <summary>Notes about the session, such as package sources that were ignored.</summary>
    public IReadOnlyList<string> Notes => [.. notes, .. packages.Notes];

    /// <summary>Told when an interrupted cell did not stop within <see cref="InterruptGrace"/> and was abandoned.</summary>
    public Action<string>? Warn { get; init; }

    /// <summary>Runs one C# cell.</summary>
    /// <param name="plan">The cell's code and package references.</param>
    /// <param name="count">Its execution count (<c>In [count]</c>), used in error locations and the result.</param>
    /// <param name="listener">Receives the outputs as they happen; null to only collect them.</param>
    /// <param name="timeout">The longest the cell may run; null for no limit.</param>
    /// <param name="interrupt">Cancelled to interrupt the cell (the cell's own <c>CancellationToken</c> global follows it).</param>
    public async Task<CellResult> ExecuteAsync(CellPlan plan, int count, ICellListener? listener, TimeSpan? timeout, CancellationToken interrupt)
    {
        using var timer = new CancellationTokenSource();
        using var cell = CancellationTokenSource.CreateLinkedTokenSource(interrupt, timer.Token);
        if (timeout is { } t)
        {
            timer.CancelAfter(t);
        }

        var context = new CellContext(Display, cell.Token, listener);

        // Console text reaches a live front end in small batches while the cell runs.
        using var flusher = listener is null ? null : new Timer(_ => context.FlushStreams(), null, StreamFlushInterval, StreamFlushInterval);
        var (status, message) = await RunAsync(plan, count, context, cell.Token, timer.Token).ConfigureAwait(false);
        return new CellResult(status, message, context.Complete());
    }

    /// <summary>Evaluates an expression against the session's state without changing it (Jupyter's user_expressions).</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> EvaluateAsync(string expression, CancellationToken ct)
    {
        var options = scriptOptions.WithFilePath("user expression");
        var result = state is null
            ? await CSharpScript.RunAsync(expression, options, globals, typeof(NotebookGlobals), ct).ConfigureAwait(false)
            : await state.ContinueWithAsync(expression, options, ct).ConfigureAwait(false);
        return ValueFormatter.Format(result.ReturnValue, Display);
    }

    /// <summary>Compiles and runs a throwaway cell and a completion, so that the user's first cell does not pay for Roslyn's start-up.</summary>
    public void WarmUp()
    {
        var options = scriptOptions.WithFilePath("warm-up");
        _ = CSharpScript.RunAsync("var warmUp = new List<int> { 1 }.Select(x => x + 1).Sum(); warmUp", options, globals, typeof(NotebookGlobals)).GetAwaiter().GetResult();
        _ = CSharpScript.Create("Console.", options, typeof(NotebookGlobals)).GetCompilation().GetDiagnostics();
    }

    private async Task<(CellStatus, string?)> RunAsync(CellPlan plan, int count, CellContext context, CancellationToken cellToken, CancellationToken timeoutToken)
    {
        try
        {
            if (plan.Unsupported is not null)
            {
                throw new NotebookPackageException(plan.Unsupported);
            }

            var known = packages.Notes.Count;
            AddPackages(plan);
            foreach (var note in packages.Notes.Skip(known))
            {
                context.Write("stderr", "note: " + note + "\n");
            }

            Task<ScriptState<object>> task;
            var previous = CellContext.Current;
            CellContext.Current = context;
            try
            {
                // Task.Run captures the current async flow, so the cell's console and display calls reach its context.
                task = Task.Run(() => Continue(plan.Code, count, cellToken), CancellationToken.None);
            }
            finally
            {
                CellContext.Current = previous;
            }

            if (!await FinishesAsync(task, cellToken).ConfigureAwait(false))
            {
                var abandoned = $"the cell did not stop within {InterruptGrace.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s of the "
                    + (timeoutToken.IsCancellationRequested ? "time limit" : "interrupt")
                    + "; it is left running in the background (restart the kernel to stop it)";
                Warn?.Invoke(abandoned);
                _ = task.ContinueWith(static t => t.Exception, TaskScheduler.Default);
                return Stopped(context, timeoutToken, abandoned);
            }

            if (timeoutToken.IsCancellationRequested)
            {
                // Over its time limit, a cell fails even when it finishes during the grace period.
                return Stopped(context, timeoutToken, null);
            }

            var next = await task.ConfigureAwait(false);
            state = next;
            if (TrailingExpression(plan.Code) is not null && !ReturnsVoid(next.Script))
            {
                context.Add(NotebookOutput.ExecuteResult(count, ValueFormatter.Format(next.ReturnValue, Display)));
            }

            return (CellStatus.Ok, null);
        }
        catch (CompilationErrorException e)
        {
            var lines = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(FormatDiagnostic).ToArray();
            context.Add(NotebookOutput.Error("CompilationError", string.Join("\n", lines), lines));
            return (CellStatus.Error, lines.Length > 0 ? lines[0] : e.Message);
        }
        catch (NotebookPackageException e)
        {
            context.Add(NotebookOutput.Error("NotebookError", e.Message, [e.Message]));
            return (CellStatus.Error, e.Message);
        }
        catch (OperationCanceledException) when (cellToken.IsCancellationRequested)
        {
            return Stopped(context, timeoutToken, null);
        }
#pragma warning disable CA1031 // Any exception thrown by user code in a cell is that cell's error output.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
            var name = inner.GetType().FullName ?? inner.GetType().Name;
            var traceback = Traceback(inner);
            context.Add(NotebookOutput.Error(name, inner.Message, traceback));
            var line = traceback.Select(l => CellLine().Match(l)).FirstOrDefault(m => m.Success && m.Groups["count"].Value == count.ToString(CultureInfo.InvariantCulture));
            return (CellStatus.Error, $"{name}: {inner.Message}" + (line is null ? string.Empty : $" (line {line.Groups["line"].Value})"));
        }
    }

    private static async Task<bool> FinishesAsync(Task task, CancellationToken cellToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cellToken.Register(() => stopped.TrySetResult()))
        {
            if (await Task.WhenAny(task, stopped.Task).ConfigureAwait(false) == task)
            {
                return true;
            }
        }

        return await Task.WhenAny(task, Task.Delay(InterruptGrace, CancellationToken.None)).ConfigureAwait(false) == task;
    }

    private static (CellStatus, string?) Stopped(CellContext context, CancellationToken timeoutToken, string? detail)
    {
        if (timeoutToken.IsCancellationRequested)
        {
            const string text = "the cell did not finish within its time limit";
            context.Add(NotebookOutput.Error("TimeoutError", text, detail is null ? [text] : [text, detail]));
            return (CellStatus.TimedOut, text);
        }

        context.Add(NotebookOutput.Error("Interrupted", "interrupted", detail is null ? ["Interrupted: the cell was interrupted"] : ["Interrupted: the cell was interrupted", detail]));
        return (CellStatus.Interrupted, "interrupted");
    }

    private async Task<ScriptState<object>> Continue(string code, int count, CancellationToken ct)
    {
        var options = scriptOptions.WithFilePath(CellFile(count));
        return state is null
            ? await CSharpScript.RunAsync(code, options, globals, typeof(NotebookGlobals), ct).ConfigureAwait(false)
            : await state.ContinueWithAsync(code, options, ct).ConfigureAwait(false);
    }

    /// <summary>The file name errors and stack traces give for a cell, as Jupyter's Python kernel does.</summary>
    internal static string CellFile(int count) => "Cell In[" + count.ToString(CultureInfo.InvariantCulture) + "]";

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
                scriptOptions = scriptOptions.AddReferences(files.Select(Reference));
            }
        }
    }

    /// <summary>A reference with its XML documentation when the file has one beside it (for inspection).</summary>
    private static MetadataReference Reference(string path)
    {
        return MetadataReference.CreateFromFile(path, documentation: XmlDocs.Beside(path));
    }

    private static ExpressionSyntax? TrailingExpression(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ParseOptions).GetCompilationUnitRoot();
        return root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement }
            ? statement.Expression
            : null;
    }

    private static CSharpParseOptions ParseOptions => CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

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

    /// <summary>The exception's text without the scripting and task plumbing; a cell's frames read "at Cell In[3], line 2".</summary>
    private static string[] Traceback(Exception e) =>
        e.ToString().Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => !Noise().IsMatch(l))
            .Select(l => SubmissionFrame().Replace(l, m => m.Groups["method"].Value.Contains("<Initialize>", StringComparison.Ordinal)
                ? $"at {m.Groups["file"].Value}, line {m.Groups["line"].Value}"
                : $"at {MethodName(m.Groups["method"].Value)} in {m.Groups["file"].Value}, line {m.Groups["line"].Value}"))
            .ToArray();

    private static string MethodName(string frame) => Regex.Replace(frame, @"^Submission#\d+\.", string.Empty);

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

    [GeneratedRegex(@"Microsoft\.CodeAnalysis\.Scripting|--- End of stack trace|at System\.Runtime\.(CompilerServices|ExceptionServices)\.|at System\.Threading\.(Tasks|ExecutionContext)|at Personas\.Notebooks\.ScriptSession")]
    private static partial Regex Noise();

    [GeneratedRegex(@"at (?<method>Submission#\d+\.[^\s(]*(\([^)]*\))?) in (?:.*[/\\])?(?<file>Cell In\[\d+\]):line (?<line>\d+)")]
    private static partial Regex SubmissionFrame();

    [GeneratedRegex(@"Cell In\[(?<count>\d+)\], line (?<line>\d+)")]
    private static partial Regex CellLine();
}
