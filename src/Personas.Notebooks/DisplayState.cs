using System.Globalization;

namespace Personas.Notebooks;

/// <summary>What one notebook session has already shown: plotly.js goes into the first chart only; displayed values can be updated by id.</summary>
internal sealed class DisplayState
{
    private readonly Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> updates = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private int displays;

    public bool PlotlyScriptWritten { get; set; }

    public string NewDisplayId()
    {
        lock (gate)
        {
            return "display-" + (++displays).ToString(CultureInfo.InvariantCulture);
        }
    }

    public void Updated(string displayId, IReadOnlyList<KeyValuePair<string, string>> bundle)
    {
        lock (gate)
        {
            updates[displayId] = bundle;
        }
    }

    /// <summary>The latest content of a displayed value, when it was updated after it was shown.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Latest(string displayId)
    {
        lock (gate)
        {
            return updates.GetValueOrDefault(displayId);
        }
    }
}
