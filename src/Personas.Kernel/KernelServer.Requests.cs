using System.Text.Json.Nodes;
using Personas.Notebooks;

namespace Personas.Kernel;

/// <summary>The shell requests: execute, complete, inspect, is_complete, history.</summary>
internal sealed partial class KernelServer
{
    private async Task ExecuteAsync(JupyterMessage request)
    {
        var content = request.Content;
        var code = Text(content, "code");
        var silent = Flag(content, "silent", false);
        var storeHistory = Flag(content, "store_history", !silent);
        var allowStdin = Flag(content, "allow_stdin", true);
        var stopOnError = Flag(content, "stop_on_error", true);
        if (!silent && storeHistory)
        {
            executionCount++;
            history.Add((executionCount, code));
        }

        var count = executionCount;
        if (!silent)
        {
            Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);
        }

        CellResult result;
        using (var cell = new CancellationTokenSource())
        {
            lock (cellGate)
            {
                runningCell = cell;
            }

            try
            {
                var plan = CellPlan.ForCode(code);
                var listener = new CellListener(this, request, silent, allowStdin);
                if (!plan.IsCSharp && plan.Unsupported is null)
                {
                    var text = $"this kernel runs C#; the cell is written for the '{plan.Kernel}' kernel";
                    var error = NotebookOutput.Error("NotebookError", text, [text]);
                    listener.Output(error);
                    result = new CellResult(CellStatus.Error, text, [error]);
                }
                else
                {
                    result = await script.ExecuteAsync(plan, Math.Max(count, 1), listener, null, cell.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                lock (cellGate)
                {
                    runningCell = null;
                }
            }
        }

        var reply = new JsonObject { ["execution_count"] = count };
        if (result.Status == CellStatus.Ok)
        {
            reply["status"] = "ok";
            reply["payload"] = new JsonArray();
            reply["user_expressions"] = await UserExpressionsAsync(content["user_expressions"] as JsonObject).ConfigureAwait(false);
        }
        else
        {
            var error = result.Error;
            reply["status"] = "error";
            reply["ename"] = error?.ErrorName ?? "Error";
            reply["evalue"] = error?.ErrorValue ?? result.Message ?? string.Empty;
            reply["traceback"] = new JsonArray((error?.Traceback ?? []).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        }

        Reply(request, KernelChannel.Shell, reply);
        if (result.Status != CellStatus.Ok && stopOnError)
        {
            AbortQueuedExecutions();
        }
    }

    /// <summary>After a failed cell, the cells already queued behind it are not run (Jupyter's stop_on_error).</summary>
    private void AbortQueuedExecutions()
    {
        var others = new List<JupyterMessage>();
        while (shellQueue.Reader.TryRead(out var queued))
        {
            if (queued.Type != "execute_request")
            {
                others.Add(queued);
                continue;
            }

            Publish("status", new JsonObject { ["execution_state"] = "busy" }, queued);
            Reply(queued, KernelChannel.Shell, new JsonObject { ["status"] = "aborted", ["execution_count"] = executionCount });
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, queued);
        }

        foreach (var other in others)
        {
            shellQueue.Writer.TryWrite(other);
        }
    }

    private async Task<JsonObject> UserExpressionsAsync(JsonObject? expressions)
    {
        var result = new JsonObject();
        if (expressions is null)
        {
            return result;
        }

        foreach (var (name, node) in expressions)
        {
            var expression = node is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;
            try
            {
                var bundle = await script.EvaluateAsync(expression, stopping.Token).ConfigureAwait(false);
                result[name] = new JsonObject { ["status"] = "ok", ["data"] = Bundle(bundle), ["metadata"] = new JsonObject() };
            }
#pragma warning disable CA1031 // A failing user expression is reported in its own entry, as the protocol asks.
            catch (Exception e)
#pragma warning restore CA1031
            {
                result[name] = new JsonObject { ["status"] = "error", ["ename"] = e.GetType().Name, ["evalue"] = e.Message, ["traceback"] = new JsonArray() };
            }
        }

        return result;
    }

    private JsonObject Complete(JsonObject content)
    {
        var code = Text(content, "code");
        var cursor = CodePoints.ToUtf16(code, Number(content, "cursor_pos", code.Length));
        var completion = script.Complete(code, cursor);
        var start = CodePoints.FromUtf16(code, completion.Start);
        var end = CodePoints.FromUtf16(code, completion.End);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(completion.Matches.Select(m => (JsonNode?)JsonValue.Create(m.Text)).ToArray()),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(completion.Matches.Select(m => (JsonNode?)new JsonObject
                {
                    ["start"] = start,
                    ["end"] = end,
                    ["text"] = m.Text,
                    ["type"] = m.Kind,
                }).ToArray()),
            },
        };
    }

    private JsonObject Inspect(JsonObject content)
    {
        var code = Text(content, "code");
        var found = script.Inspect(code, CodePoints.ToUtf16(code, Number(content, "cursor_pos", code.Length)));
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = found is not null,
            ["data"] = found is null ? new JsonObject() : new JsonObject { ["text/plain"] = found.Text, ["text/markdown"] = found.Markdown },
            ["metadata"] = new JsonObject(),
        };
    }

    private static JsonObject IsComplete(JsonObject content)
    {
        var status = ScriptSession.IsComplete(Text(content, "code"));
        var reply = new JsonObject { ["status"] = status };
        if (status == "incomplete")
        {
            reply["indent"] = "    ";
        }

        return reply;
    }

    private JsonObject History(JsonObject content)
    {
        var output = Flag(content, "output", false);
        IEnumerable<(int Count, string Code)> entries = history;
        switch (Text(content, "hist_access_type"))
        {
            case "tail":
                var n = Number(content, "n", 10);
                entries = history.Skip(Math.Max(0, history.Count - n));
                break;
            case "range":
                var start = Number(content, "start", 0);
                var stop = Number(content, "stop", int.MaxValue);
                entries = history.Where(h => h.Count >= start && h.Count < stop);
                break;
            case "search":
                var pattern = Text(content, "pattern");
                var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
                entries = history.Where(h => System.Text.RegularExpressions.Regex.IsMatch(h.Code, regex, System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1)));
                break;
        }

        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray(entries.Select(h => (JsonNode?)new JsonArray(0, h.Count, output ? new JsonArray(h.Code, null) : JsonValue.Create(h.Code))).ToArray()),
        };
    }

    private static JsonObject Bundle(IEnumerable<KeyValuePair<string, string>> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, text) in data)
        {
            bundle[mime] = text;
        }

        return bundle;
    }

    private static string Text(JsonObject content, string name) => content[name] is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;

    private static bool Flag(JsonObject content, string name, bool fallback) => content[name] is JsonValue v && v.TryGetValue(out bool b) ? b : fallback;

    private static int Number(JsonObject content, string name, int fallback) => content[name] is JsonValue v && v.TryGetValue(out int i) ? i : fallback;

    /// <summary>Passes a running cell's outputs to IOPub as they happen and asks the front end for input on stdin.</summary>
    private sealed class CellListener(KernelServer kernel, JupyterMessage request, bool silent, bool allowStdin) : ICellListener
    {
        public void Output(NotebookOutput output)
        {
            switch (output.OutputType)
            {
                case "stream":
                    kernel.Publish("stream", new JsonObject { ["name"] = output.Name, ["text"] = output.Text }, request);
                    break;
                case "display_data":
                    kernel.Publish("display_data", new JsonObject
                    {
                        ["data"] = Bundle(output.Data),
                        ["metadata"] = new JsonObject(),
                        ["transient"] = output.DisplayId is { } id ? new JsonObject { ["display_id"] = id } : new JsonObject(),
                    }, request);
                    break;
                case "execute_result" when !silent:
                    kernel.Publish("execute_result", new JsonObject
                    {
                        ["execution_count"] = output.ExecutionCount,
                        ["data"] = Bundle(output.Data),
                        ["metadata"] = new JsonObject(),
                    }, request);
                    break;
                case "error":
                    kernel.Publish("error", new JsonObject
                    {
                        ["ename"] = output.ErrorName,
                        ["evalue"] = output.ErrorValue,
                        ["traceback"] = new JsonArray(output.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                    }, request);
                    break;
            }
        }

        public void Update(string displayId, IReadOnlyList<KeyValuePair<string, string>> bundle) =>
            kernel.Publish("update_display_data", new JsonObject
            {
                ["data"] = Bundle(bundle),
                ["metadata"] = new JsonObject(),
                ["transient"] = new JsonObject { ["display_id"] = displayId },
            }, request);

        public string? Input(string prompt, bool password)
        {
            if (!allowStdin)
            {
                return null;
            }

            var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref kernel.pendingInput, reply)?.TrySetCanceled();
            kernel.Send(KernelChannel.Stdin, JupyterMessage.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }, request, kernel.session, request.Identities));
            try
            {
                return reply.Task.GetAwaiter().GetResult();
            }
            catch (TaskCanceledException e)
            {
                throw new OperationCanceledException("interrupted while waiting for input", e);
            }
        }
    }

    /// <summary>Jupyter counts cursor positions in Unicode code points (protocol 5.2 and later); .NET strings in UTF-16 units.</summary>
    internal static class CodePoints
    {
        public static int ToUtf16(string text, int codePoints)
        {
            var units = 0;
            for (var n = 0; n < codePoints && units < text.Length; n++)
            {
                units += char.IsHighSurrogate(text[units]) && units + 1 < text.Length && char.IsLowSurrogate(text[units + 1]) ? 2 : 1;
            }

            return units;
        }

        public static int FromUtf16(string text, int units)
        {
            var points = 0;
            for (var i = 0; i < units && i < text.Length; i++)
            {
                if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                {
                    points++;
                }
            }

            return points;
        }
    }
}
