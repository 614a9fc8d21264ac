using Personas.Journeys;
using Personas.Model;
using Personas.Reporting;

namespace Personas;

/// <summary>What <see cref="PersonaBuildResult.Save(string, BuildOutputOptions?, CancellationToken)"/> writes besides the personas.</summary>
public sealed record BuildOutputOptions
{
    /// <summary>The personas' journeys: adds <c>journeys.json</c>, each persona's journey to <c>personas.json</c>, the cards and the report.</summary>
    /// <value>The default is null (no journeys).</value>
    public JourneyMap? Journeys { get; init; }

    /// <summary>The model to save as <c>model.persona.json</c> (a refresh passes its refreshed model).</summary>
    /// <value>The default is null: a new model is created from the result.</value>
    public PersonaModel? Model { get; init; }

    /// <summary>The drift report of a refresh: adds <c>drift.json</c>, <c>drift.md</c> and the migration chart.</summary>
    /// <value>The default is null (a first build).</value>
    public DriftReport? Drift { get; init; }

    /// <summary>The input files, recorded with size and SHA-256 in <c>personas.json</c> and the model for reproducibility.</summary>
    /// <value>The default is none.</value>
    public IReadOnlyList<string> InputFiles { get; init; } = [];

    /// <summary>SQL queries the input rows came from, recorded with their text and hash in <c>personas.json</c> and the model.</summary>
    /// <value>The default is none.</value>
    public IReadOnlyList<string> InputQueries { get; init; } = [];

    /// <summary>The options as given (for example on the command line), recorded for reproducibility.</summary>
    /// <value>The default is none.</value>
    public IReadOnlyDictionary<string, string> RunOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>The clock for the files' <c>createdAt</c>.</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Interactive charts for <c>report.html</c> (<c>Personas.Charts.PlotlyReportCharts</c>).</summary>
    /// <value>The default is null: the report has the cards without charts.</value>
    public IReportCharts? Charts { get; init; }

    /// <summary>What writes the folder, recorded in its manifest; a folder written by another command is not replaced.</summary>
    /// <value>The default is <c>build</c>.</value>
    public string Writer { get; init; } = "build";

    /// <summary>Receives progress while the files are written.</summary>
    /// <value>The default is null.</value>
    public IProgress<PersonasProgress>? Progress { get; init; }
}
