using Plotly.NET;

namespace Personas.Charts;

/// <summary>One chart of a report with where it goes, its heading and a one-line "how to read this".</summary>
/// <param name="Place">Where the chart goes: <c>overview</c>, <c>persona:P1</c> (next to that persona's card), <c>journeys</c> or <c>drift</c>.</param>
/// <param name="Id">A short id, unique in the report (for example <c>sizes</c> or <c>differences-P1</c>).</param>
/// <param name="Title">The heading above the chart.</param>
/// <param name="HowToRead">One line that says how to read the chart.</param>
/// <param name="Chart">The chart.</param>
public sealed record ReportFigure(string Place, string Id, string Title, string HowToRead, GenericChart Chart);
