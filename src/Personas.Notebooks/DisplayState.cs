namespace Personas.Notebooks;

/// <summary>What one notebook run has already written to its outputs (plotly.js goes into the first chart only).</summary>
internal sealed class DisplayState
{
    public bool PlotlyScriptWritten { get; set; }
}
