using System.Text.Json;
using Personas.Data;
using Personas.Kernel.Tests.TestSupport;

namespace Personas.Kernel.Tests;

/// <summary>
/// Starts the kernel in this process on a fresh connection file and drives it with Jupyter's own
/// <c>jupyter_client.BlockingKernelClient</c> (Scripts/protocol_checks.py) once; each test asserts one part of what
/// the client saw.
/// </summary>
public sealed class KernelSessionFixture : IDisposable
{
    private readonly StringWriter log = new();

    public KernelSessionFixture()
    {
        if (!Jupyter.ClientAvailable)
        {
            return;
        }

        var dir = Jupyter.NewTempDir();
        WritePackage(Path.Combine(dir, "pkgs"), "KernelGreeter", "public static class KernelGreeter { public static string Hi => \"hi from a package\"; }");
        var (connection, info) = Jupyter.NewConnectionFile(dir);
        var kernel = JupyterKernel.RunAsync(info, new JupyterKernelOptions { WorkingDirectory = dir, Log = TextWriter.Synchronized(log) });
        var (code, stdout, stderr) = Jupyter.RunPython(
            Jupyter.Script("protocol_checks.py"),
            [connection, typeof(CustomerTable).Assembly.Location, Path.Combine(Jupyter.RepoRoot, "data-samples", "customers.csv")]);
        Error = code == 0 ? null : $"protocol_checks.py exited {code}:\n{stderr}\n{stdout}";
        if (code == 0)
        {
            Seen = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]).RootElement.Clone();
        }

        KernelStopped = kernel.Wait(TimeSpan.FromSeconds(20));
        Exit = KernelStopped ? kernel.Result : null;
    }

    public JsonElement Seen { get; }

    public string? Error { get; }

    public bool KernelStopped { get; }

    public KernelExit? Exit { get; }

    public string Log => log.ToString();

    public JsonElement this[string name]
    {
        get
        {
            Assert.True(Error is null, Error);
            return Seen.GetProperty(name);
        }
    }

    public void Dispose() => log.Dispose();

    /// <summary>A one-assembly .nupkg (compiled with Roslyn) in a folder, for <c>#i "nuget: folder"</c> relative to the kernel's working directory.</summary>
    private static void WritePackage(string folder, string id, string code)
    {
        Directory.CreateDirectory(folder);
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            id,
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(code)],
            new[] { "System.Runtime.dll", "System.Private.CoreLib.dll" }.Select(f => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(Path.Combine(runtime, f))),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var zip = System.IO.Compression.ZipFile.Open(Path.Combine(folder, id + ".1.0.0.nupkg"), System.IO.Compression.ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(zip.CreateEntry(id + ".nuspec").Open()))
        {
            nuspec.Write($"<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata><id>{id}</id><version>1.0.0</version><authors>t</authors><description>t</description></metadata></package>");
        }

        using var dll = zip.CreateEntry($"lib/net10.0/{id}.dll").Open();
        Assert.True(compilation.Emit(dll).Success);
    }
}

public sealed class KernelProtocolTests(KernelSessionFixture kernel) : IClassFixture<KernelSessionFixture>
{
    private static IEnumerable<JsonElement> Outputs(JsonElement run, string type) =>
        run.GetProperty("outputs").EnumerateArray().Where(o => o.GetProperty("type").GetString() == type).Select(o => o.GetProperty("content"));

    private static string Status(JsonElement run) => run.GetProperty("reply").GetProperty("status").GetString()!;

    private static string Result(JsonElement run) =>
        Outputs(run, "execute_result").Single().GetProperty("data").GetProperty("text/plain").GetString()!;

    [JupyterClientFact]
    public void KernelInfo_SaysProtocol53AndCSharp()
    {
        var info = kernel["kernel_info"];
        Assert.Equal("5.3", info.GetProperty("protocol_version").GetString());
        Assert.Equal("csharp", info.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal(".cs", info.GetProperty("language_info").GetProperty("file_extension").GetString());
        Assert.Equal("ok", info.GetProperty("status").GetString());
    }

    [JupyterClientFact]
    public void Execute_TrailingExpression_IsExecuteResult_WithCountAndBusyIdle()
    {
        var run = kernel["first"];
        Assert.Equal("ok", Status(run));
        Assert.Equal("2", Result(run));
        Assert.Equal(1, run.GetProperty("reply").GetProperty("execution_count").GetInt32());
        var input = Outputs(run, "execute_input").Single();
        Assert.Equal("1 + 1", input.GetProperty("code").GetString());
        Assert.Contains(Outputs(run, "status"), s => s.GetProperty("execution_state").GetString() == "busy");
    }

    [JupyterClientFact]
    public void Execute_StateCarriesAcrossCells()
    {
        Assert.Empty(Outputs(kernel["state_set"], "execute_result"));
        Assert.Equal("42", Result(kernel["state_use"]));
    }

    [JupyterClientFact]
    public void Execute_ConsoleText_IsStdoutAndStderrStreams()
    {
        var streams = Outputs(kernel["stdout"], "stream").ToList();
        Assert.Equal("hello\n", string.Concat(streams.Where(s => s.GetProperty("name").GetString() == "stdout").Select(s => s.GetProperty("text").GetString())));
        Assert.Equal("careful\n", string.Concat(streams.Where(s => s.GetProperty("name").GetString() == "stderr").Select(s => s.GetProperty("text").GetString())));
    }

    [JupyterClientFact]
    public void Display_HtmlAndMarkdown_AreDisplayDataWithDisplayIds()
    {
        var shown = Outputs(kernel["display"], "display_data").ToList();
        Assert.Equal(2, shown.Count);
        Assert.Equal("<b>hi</b>", shown[0].GetProperty("data").GetProperty("text/html").GetString());
        Assert.Equal("**md**", shown[1].GetProperty("data").GetProperty("text/markdown").GetString());
        Assert.False(string.IsNullOrEmpty(shown[0].GetProperty("transient").GetProperty("display_id").GetString()));
    }

    [JupyterClientFact]
    public void Display_Update_IsUpdateDisplayDataForTheSameId()
    {
        var run = kernel["update"];
        var id = Outputs(run, "display_data").Single().GetProperty("transient").GetProperty("display_id").GetString();
        var update = Outputs(run, "update_display_data").Single();
        Assert.Equal(id, update.GetProperty("transient").GetProperty("display_id").GetString());
        Assert.Equal("second", update.GetProperty("data").GetProperty("text/plain").GetString());
    }

    [JupyterClientFact]
    public void CompileError_IsErrorMessage_NamingCodeAndLine()
    {
        var run = kernel["compile_error"];
        Assert.Equal("error", Status(run));
        var error = Outputs(run, "error").Single();
        Assert.Equal("CompilationError", error.GetProperty("ename").GetString());
        Assert.Contains("CS0103", error.GetProperty("evalue").GetString(), StringComparison.Ordinal);
        Assert.Contains("(line 2, column 9)", error.GetProperty("evalue").GetString(), StringComparison.Ordinal);
        Assert.Equal("CompilationError", run.GetProperty("reply").GetProperty("ename").GetString());
    }

    [JupyterClientFact]
    public void RuntimeError_IsErrorMessage_WithExceptionTypeAndCellLine()
    {
        var run = kernel["runtime_error"];
        Assert.Equal("error", Status(run));
        var error = Outputs(run, "error").Single();
        Assert.Equal("System.InvalidOperationException", error.GetProperty("ename").GetString());
        Assert.Equal("boom", error.GetProperty("evalue").GetString());
        var count = run.GetProperty("reply").GetProperty("execution_count").GetInt32();
        Assert.Contains(error.GetProperty("traceback").EnumerateArray(), l => l.GetString()!.Contains($"Cell In[{count}], line 2", StringComparison.Ordinal));
        Assert.Equal("21", Result(kernel["after_error"]));
    }

    [JupyterClientFact]
    public void Library_ReferencedByPath_LoadsAndRuns()
    {
        Assert.Equal("ok", Status(kernel["load_library"]));
        Assert.Equal("5,000", Result(kernel["load_library"]).Replace("5000", "5,000", StringComparison.Ordinal));
    }

    [JupyterClientFact]
    public void NuGetReference_FromAFolderRelativeToTheNotebook_Resolves()
    {
        Assert.Equal("hi from a package", Result(kernel["nuget_folder"]));
    }

    [JupyterClientFact]
    public void Complete_AfterDot_OffersMembers_TableRowCount()
    {
        var reply = kernel["complete_member"];
        Assert.Equal("ok", reply.GetProperty("status").GetString());
        var matches = reply.GetProperty("matches").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("RowCount", matches);
        Assert.Contains("Columns", matches);
        Assert.DoesNotContain("table", matches);
        Assert.Equal(6, reply.GetProperty("cursor_start").GetInt32());
        Assert.Equal(6, reply.GetProperty("cursor_end").GetInt32());
    }

    [JupyterClientFact]
    public void Complete_Prefix_FiltersAndReplacesTheWord()
    {
        var reply = kernel["complete_prefix"];
        var matches = reply.GetProperty("matches").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains("RowCount", matches);
        Assert.All(matches, m => Assert.StartsWith("Row", m, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("var n = table.".Length, reply.GetProperty("cursor_start").GetInt32());
        var types = reply.GetProperty("metadata").GetProperty("_jupyter_types_experimental").EnumerateArray();
        Assert.Contains(types, t => t.GetProperty("text").GetString() == "RowCount" && t.GetProperty("type").GetString() == "property");
    }

    [JupyterClientFact]
    public void Complete_Locals_FromEarlierCells_AndCodePointCursor()
    {
        Assert.Contains("table", kernel["complete_local"].GetProperty("matches").EnumerateArray().Select(m => m.GetString()));
        var unicode = kernel["complete_unicode"];
        Assert.Contains("table", unicode.GetProperty("matches").EnumerateArray().Select(m => m.GetString()));

        // The emoji is one code point for Jupyter (two UTF-16 units for .NET): the word starts at code point 13, not 14.
        Assert.Equal(13, unicode.GetProperty("cursor_start").GetInt32());
    }

    [JupyterClientFact]
    public void Inspect_Method_GivesSignatureAndSummary()
    {
        var reply = kernel["inspect"];
        Assert.True(reply.GetProperty("found").GetBoolean());
        var text = reply.GetProperty("data").GetProperty("text/plain").GetString()!;
        Assert.Contains("Personas.Data.CustomerReader.ReadFile(string path", text, StringComparison.Ordinal);
        Assert.Contains("Reads a delimited text file (comma, tab, semicolon or pipe", text, StringComparison.Ordinal);
        Assert.StartsWith("```csharp", reply.GetProperty("data").GetProperty("text/markdown").GetString(), StringComparison.Ordinal);
    }

    [JupyterClientFact]
    public void Inspect_Variable_GivesItsTypeAndTheTypeSummary()
    {
        var text = kernel["inspect_variable"].GetProperty("data").GetProperty("text/plain").GetString()!;
        Assert.StartsWith("Personas.Data.CustomerTable table", text, StringComparison.Ordinal);
        Assert.Contains("Customer records after reading and validation", text, StringComparison.Ordinal);
    }

    [JupyterClientFact]
    public void IsComplete_OpenBlock_IsIncompleteWithIndent()
    {
        Assert.Equal("incomplete", kernel["is_complete_open"].GetProperty("status").GetString());
        Assert.Equal("    ", kernel["is_complete_open"].GetProperty("indent").GetString());
        Assert.Equal("complete", kernel["is_complete_done"].GetProperty("status").GetString());
    }

    [JupyterClientFact]
    public void History_Tail_And_CommInfo_Answer()
    {
        var history = kernel["history"];
        Assert.Equal("ok", history.GetProperty("status").GetString());
        Assert.Equal(3, history.GetProperty("history").GetArrayLength());
        Assert.Equal("ok", kernel["comm_info"].GetProperty("status").GetString());
        Assert.Empty(kernel["comm_info"].GetProperty("comms").EnumerateObject());
    }

    [JupyterClientFact]
    public void Stdin_ConsoleReadLine_AsksTheFrontEnd()
    {
        Assert.False(kernel["input_request"].GetProperty("password").GetBoolean());
        Assert.Equal("Ann!", Result(kernel["stdin"]));
    }

    [JupyterClientFact]
    public void Interrupt_CooperativeCell_EndsInterrupted_KernelStaysUsable()
    {
        var run = kernel["interrupt_cooperative"];
        Assert.Equal("ok", run.GetProperty("control").GetProperty("status").GetString());
        Assert.Equal("error", Status(run));
        var error = Outputs(run, "error").Single();
        Assert.Equal("Interrupted", error.GetProperty("ename").GetString());
        Assert.Equal("interrupted", error.GetProperty("evalue").GetString());
        Assert.True(run.GetProperty("seconds").GetDouble() < 4, "a cell that honours the token stops at once");
        Assert.Equal("22", Result(kernel["after_interrupt"]));
    }

    [JupyterClientFact]
    public void Interrupt_StubbornCell_IsAbandonedAfterFiveSeconds_SaidOnStderr()
    {
        var run = kernel["interrupt_stubborn"];
        var error = Outputs(run, "error").Single();
        Assert.Equal("interrupted", error.GetProperty("evalue").GetString());
        Assert.Contains(error.GetProperty("traceback").EnumerateArray(), l => l.GetString()!.Contains("did not stop within 5 s", StringComparison.Ordinal));
        Assert.InRange(run.GetProperty("seconds").GetDouble(), 4.5, 8.5);
        Assert.Contains("did not stop within 5 s", kernel.Log, StringComparison.Ordinal);
        Assert.Equal("23", Result(kernel["after_stubborn"]));
    }

    [JupyterClientFact]
    public void WronglySignedAndUnsignedMessages_AreRefused_AndNotRun()
    {
        Assert.Empty(kernel["bad_signature_replies"].EnumerateArray());
        var after = kernel["after_bad_signature"];
        Assert.Equal("error", Status(after));
        Assert.Contains("hacked", Outputs(after, "error").Single().GetProperty("evalue").GetString(), StringComparison.Ordinal);
        Assert.Contains("wrong signature", kernel.Log, StringComparison.Ordinal);
        Assert.Contains("unsigned message", kernel.Log, StringComparison.Ordinal);
    }

    [JupyterClientFact]
    public void UserExpressions_AreEvaluated_ErrorsReportedPerExpression()
    {
        var expressions = kernel["user_expressions"].GetProperty("user_expressions");
        Assert.Equal("10", expressions.GetProperty("twice").GetProperty("data").GetProperty("text/plain").GetString());
        Assert.Equal("error", expressions.GetProperty("broken").GetProperty("status").GetString());
    }

    [JupyterClientFact]
    public void Silent_Execution_PublishesNoInputOrResult()
    {
        var run = kernel["silent"];
        Assert.Equal("ok", Status(run));
        Assert.Empty(Outputs(run, "execute_input"));
        Assert.Empty(Outputs(run, "execute_result"));
    }

    [JupyterClientFact]
    public void StopOnError_AbortsTheQueuedCell()
    {
        Assert.Equal(["error", "aborted"], kernel["stop_on_error"].EnumerateArray().Select(s => s.GetString()));
    }

    [JupyterClientFact]
    public void Shutdown_RepliesAndStopsTheKernel()
    {
        Assert.Equal("ok", kernel["shutdown"].GetProperty("status").GetString());
        Assert.True(kernel.KernelStopped, "the kernel's RunAsync should end after shutdown_request");
        Assert.False(kernel.Exit!.RestartRequested);
    }
}
