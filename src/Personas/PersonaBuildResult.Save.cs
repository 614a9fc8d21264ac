using Personas.Reporting;

namespace Personas;

/// <content>Saving a build's output files.</content>
public sealed partial class PersonaBuildResult
{
    /// <summary>
    /// Writes the files of a build into <paramref name="folder"/>, exactly as <c>personas build</c> does: <c>personas.json</c>,
    /// <c>model.persona.json</c>, <c>assignments.csv</c>, <c>exclusions.csv</c>, <c>cards.md</c>, <c>report.html</c>, and with
    /// journeys <c>journeys.json</c>, with a refresh's drift <c>drift.json</c> and <c>drift.md</c>. The folder is replaced as a
    /// whole (see <see cref="OutputFolder"/>): it holds exactly these files, and a failure or cancellation leaves the previous
    /// outputs untouched.
    /// </summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="options">Journeys, model, drift, charts and run information; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the writing; nothing is replaced then.</param>
    /// <returns>The names of the files written.</returns>
    /// <exception cref="IOException">The folder cannot be written, is locked by another run, or holds other files.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <example>
    /// <code>
    /// var result = PersonaBuilder.Build(CustomerReader.ReadFile("customers.csv"));
    /// result.Save("out", new BuildOutputOptions { Charts = PlotlyReportCharts.Instance });
    /// </code>
    /// </example>
    public IReadOnlyList<string> Save(string folder, BuildOutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= new BuildOutputOptions();
        using var output = OutputFolder.Open(folder, options.Writer);
        return SaveTo(output, options, cancellationToken);
    }

    /// <summary>Writes the files of a build into an open output folder and commits it (for callers that opened the folder before long work, so that an unwritable folder fails first).</summary>
    /// <param name="output">The open output folder.</param>
    /// <param name="options">Journeys, model, drift, charts and run information; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the writing; nothing is replaced then.</param>
    /// <returns>The names of the files written.</returns>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public IReadOnlyList<string> SaveTo(OutputFolder output, BuildOutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        BuildOutputWriter.Write(output, this, options ?? new BuildOutputOptions(), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        output.Commit();
        return [.. output.Files];
    }
}
