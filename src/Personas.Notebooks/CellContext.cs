using System.Text;

namespace Personas.Notebooks;

/// <summary>
/// Collects the outputs of the cell that is running in the current async flow (console text and displayed values in
/// order) and passes them on to a listener as they happen; carries the cell's cancellation token.
/// </summary>
internal sealed class CellContext(DisplayState state, CancellationToken cancellationToken = default, ICellListener? listener = null)
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private readonly List<NotebookOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private readonly object gate = new();
    private string pendingStream = "stdout";
    private bool completed;

    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public DisplayState State => state;

    /// <summary>Cancelled when the user interrupts the cell (or its time limit passes).</summary>
    public CancellationToken CancellationToken => cancellationToken;

    public static CellContext Require() =>
        Current ?? throw new InvalidOperationException("display(...) and .Display() work only inside a notebook cell (a Personas notebook run or kernel).");

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (completed)
            {
                return;
            }

            if (pending.Length > 0 && pendingStream != stream)
            {
                FlushLocked();
            }

            pendingStream = stream;
            pending.Append(text);
        }
    }

    public DisplayedValue Display(object? value)
    {
        var bundle = ValueFormatter.Format(value, state);
        var id = state.NewDisplayId();
        Add(NotebookOutput.DisplayData(bundle, id));
        return new DisplayedValue(id);
    }

    public void Update(string displayId, object? value)
    {
        var bundle = ValueFormatter.Format(value, state);
        state.Updated(displayId, bundle);
        lock (gate)
        {
            FlushLocked();
            listener?.Update(displayId, bundle);
        }
    }

    public string ReadInput(string prompt, bool password)
    {
        FlushStreams();
        return listener?.Input(prompt, password)
            ?? throw new InvalidOperationException("this front end does not accept input (stdin): set the value in the cell instead");
    }

    public void Add(NotebookOutput output)
    {
        lock (gate)
        {
            if (completed)
            {
                return;
            }

            FlushLocked();
            outputs.Add(output);
            listener?.Output(output);
        }
    }

    /// <summary>Passes console text written so far on to the listener (called periodically while a cell runs).</summary>
    public void FlushStreams()
    {
        lock (gate)
        {
            FlushLocked();
        }
    }

    /// <summary>Ends the cell: later writes (from work the cell left running) are dropped.</summary>
    public IReadOnlyList<NotebookOutput> Complete()
    {
        lock (gate)
        {
            FlushLocked();
            completed = true;
            return outputs.ToArray();
        }
    }

    private void FlushLocked()
    {
        if (pending.Length == 0)
        {
            return;
        }

        var text = pending.ToString();
        pending.Clear();
        if (listener is not null)
        {
            listener.Output(NotebookOutput.Stream(pendingStream, text));
        }

        // Consecutive pieces of the same stream form one output in the saved notebook, as Jupyter front ends merge them.
        if (outputs.Count > 0 && outputs[^1] is { OutputType: "stream" } last && last.Name == pendingStream)
        {
            outputs[^1] = NotebookOutput.Stream(pendingStream, last.Text + text);
        }
        else
        {
            outputs.Add(NotebookOutput.Stream(pendingStream, text));
        }
    }
}
