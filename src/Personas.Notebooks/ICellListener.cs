namespace Personas.Notebooks;

/// <summary>Receives a running cell's outputs as they happen (the Jupyter kernel publishes them on IOPub).</summary>
internal interface ICellListener
{
    /// <summary>A new output of the running cell (stream text is passed on in pieces, as it is flushed).</summary>
    void Output(NotebookOutput output);

    /// <summary>A value shown earlier with <c>display(...)</c> was replaced (<c>update_display_data</c>).</summary>
    void Update(string displayId, IReadOnlyList<KeyValuePair<string, string>> bundle);

    /// <summary>Asks the front end for a line of input; null when the front end cannot give input.</summary>
    string? Input(string prompt, bool password);
}
