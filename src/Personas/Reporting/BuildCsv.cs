using System.Globalization;
using System.Text;
using Personas.Data;

namespace Personas.Reporting;

/// <summary>
/// The CSV outputs of a build: <c>assignments.csv</c> (<c>customer_id,persona_id,persona_name,distance,confidence</c>)
/// and <c>exclusions.csv</c> (<c>line,customer_id,reason</c>). Cells are quoted as RFC 4180 requires and spreadsheet
/// formulas are neutralised (<see cref="SafeText.CsvCell"/>).
/// </summary>
public static class BuildCsv
{
    /// <summary>The header of assignments.csv.</summary>
    public const string AssignmentsHeader = "customer_id,persona_id,persona_name,distance,confidence";

    /// <summary>The header of exclusions.csv.</summary>
    public const string ExclusionsHeader = "line,customer_id,reason";

    /// <summary>
    /// Renders assignments: each customer's persona, the Euclidean distance to its centroid in feature space, and a
    /// confidence of <c>1 - d1/d2</c> (d1, d2: distances to the nearest and second-nearest centroid; 0 = on the
    /// border between two personas, 1 = at the centroid).
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <returns>The CSV text.</returns>
    public static string Assignments(PersonaBuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append(AssignmentsHeader).Append('\n');
        var centroids = result.Segmentation.Centroids;
        var features = result.Features;
        var names = result.Personas.Personas;
        for (var i = 0; i < features.Rows; i++)
        {
            var label = result.Segmentation.Labels[i];
            var (own, second) = Distances(features.Row(i), centroids, label);
            var confidence = second > 0 ? Math.Clamp(1 - (own / second), 0, 1) : 1;
            sb.Append(SafeText.CsvCell(result.Table.Ids[i])).Append(',')
              .Append(SafeText.CsvCell(names[label].Id)).Append(',')
              .Append(SafeText.CsvCell(names[label].Name)).Append(',')
              .Append(own.ToString("0.######", CultureInfo.InvariantCulture)).Append(',')
              .Append(confidence.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Renders the excluded rows.</summary>
    /// <param name="exclusions">The excluded rows.</param>
    /// <returns>The CSV text.</returns>
    public static string Exclusions(IEnumerable<ExcludedRow> exclusions)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        var sb = new StringBuilder();
        sb.Append(ExclusionsHeader).Append('\n');
        foreach (var e in exclusions)
        {
            sb.Append(e.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(SafeText.CsvCell(e.CustomerId)).Append(',')
              .Append(SafeText.CsvCell(e.Reason)).Append('\n');
        }

        return sb.ToString();
    }

    private static (double Own, double Second) Distances(ReadOnlySpan<float> row, IReadOnlyList<IReadOnlyList<float>> centroids, int label)
    {
        double own = 0;
        var second = double.PositiveInfinity;
        for (var c = 0; c < centroids.Count; c++)
        {
            var centroid = centroids[c];
            double d = 0;
            for (var j = 0; j < row.Length; j++)
            {
                var diff = row[j] - centroid[j];
                d += diff * diff;
            }

            if (c == label)
            {
                own = Math.Sqrt(d);
            }
            else
            {
                second = Math.Min(second, Math.Sqrt(d));
            }
        }

        return (own, double.IsPositiveInfinity(second) ? 0 : second);
    }
}
