using System.Globalization;
using Personas.Data;
using Personas.Model;

namespace Personas.Reporting;

/// <summary>
/// The CSV outputs: <c>assignments.csv</c> (<c>customer_id,persona_id,persona_name,distance,confidence,is_outlier</c>,
/// the same columns whichever command writes it) and <c>exclusions.csv</c> (<c>line,customer_id,reason</c>). Cells are
/// quoted as RFC 4180 requires and spreadsheet formulas are neutralised (<see cref="SafeText.CsvCell"/>); the project's
/// own readers undo that (<see cref="AssignmentsFile"/>).
/// </summary>
internal static class BuildCsv
{
    /// <summary>The header of assignments.csv.</summary>
    public const string AssignmentsHeader = "customer_id,persona_id,persona_name,distance,confidence,is_outlier";

    /// <summary>The header of exclusions.csv.</summary>
    public const string ExclusionsHeader = "line,customer_id,reason";

    /// <summary>
    /// Writes a build's assignments: each customer's persona (from the segmentation), the Euclidean distance to its centroid
    /// in feature space, a confidence of <c>1 - d1/d2</c> (d2: distance to the nearest other centroid; 0 = on the border
    /// between two personas, 1 = at the centroid) and the outlier flag, computed as <see cref="PersonaModel.AssignAll(CustomerTable)"/> does.
    /// </summary>
    public static void WriteAssignments(TextWriter writer, PersonaBuildResult result, PersonaModel model, CancellationToken cancellationToken)
    {
        writer.Write(AssignmentsHeader);
        writer.Write('\n');
        var features = result.Features;
        var personas = result.Personas.Personas;
        for (var i = 0; i < features.Rows; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var label = result.Segmentation.Labels[i];
            model.Describe(features.Row(i), label, out var distance, out var confidence, out var outlier);
            Row(writer, result.Table.Ids[i], personas[label].Id, personas[label].Name, distance, confidence, outlier);
        }
    }

    /// <summary>Writes assignments of a model (<c>personas assign</c>).</summary>
    public static void WriteAssignments(TextWriter writer, IReadOnlyList<string> ids, IReadOnlyList<PersonaAssignment> assignments, CancellationToken cancellationToken)
    {
        writer.Write(AssignmentsHeader);
        writer.Write('\n');
        for (var i = 0; i < assignments.Count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var a = assignments[i];
            Row(writer, ids[i], a.PersonaId, a.PersonaName, a.Distance, a.Confidence, a.IsOutlier);
        }
    }

    /// <summary>Writes the excluded rows.</summary>
    public static void WriteExclusions(TextWriter writer, IEnumerable<ExcludedRow> exclusions)
    {
        writer.Write(ExclusionsHeader);
        writer.Write('\n');
        foreach (var e in exclusions)
        {
            writer.Write(e.Line.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(SafeText.CsvCell(e.CustomerId));
            writer.Write(',');
            writer.Write(SafeText.CsvCell(e.Reason));
            writer.Write('\n');
        }
    }

    internal static void Row(TextWriter w, string id, string personaId, string personaName, double distance, double confidence, bool outlier)
    {
        w.Write(SafeText.CsvCell(id));
        w.Write(',');
        w.Write(SafeText.CsvCell(personaId));
        w.Write(',');
        w.Write(SafeText.CsvCell(personaName));
        w.Write(',');
        w.Write(double.IsFinite(distance) ? distance.ToString("0.######", CultureInfo.InvariantCulture) : string.Empty);
        w.Write(',');
        w.Write(confidence.ToString("0.####", CultureInfo.InvariantCulture));
        w.Write(',');
        w.Write(outlier ? "true" : "false");
        w.Write('\n');
    }
}
