using System.Text;

namespace Personas.Notebooks;

/// <summary>Collects the outputs of the cell that is running in the current async flow (console text and displayed values in order).</summary>
internal sealed class CellContext(DisplayState state)
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private readonly List<NotebookOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private readonly object gate = new();
    private string pendingStream = "stdout";

    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public static CellContext Require() =>
        Current ?? throw new InvalidOperationException("display(...) and .Display() work only inside a notebook run by NotebookRunner.");

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pending.Length > 0 && pendingStream != stream)
            {
                FlushLocked();
            }

            pendingStream = stream;
            pending.Append(text);
        }
    }

    public void Display(object? value)
    {
        var bundle = ValueFormatter.Format(value, state);
        lock (gate)
        {
            FlushLocked();
            outputs.Add(NotebookOutput.DisplayData(bundle));
        }
    }

    public DisplayState State => state;

    public void Add(NotebookOutput output)
    {
        lock (gate)
        {
            FlushLocked();
            outputs.Add(output);
        }
    }

    public IReadOnlyList<NotebookOutput> Complete()
    {
        lock (gate)
        {
            FlushLocked();
            return outputs.ToArray();
        }
    }

    private void FlushLocked()
    {
        if (pending.Length > 0)
        {
            outputs.Add(NotebookOutput.Stream(pendingStream, pending.ToString()));
            pending.Clear();
        }
    }
}
