using Personas.Features;
using Personas.Words;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>
    /// The persona map: every customer projected to two dimensions by principal component analysis, coloured by
    /// persona, with each persona's centre marked. Large sets are drawn as a deterministic sample.
    /// </summary>
    /// <param name="features">The feature matrix the personas were built on (one row per customer).</param>
    /// <param name="labels">The persona index (0-based) of each row.</param>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <param name="options">Sampling options, or null for the defaults.</param>
    /// <returns>A scatter chart with one trace per persona plus a trace of persona centres.</returns>
    /// <exception cref="ArgumentException">The sizes disagree, a label is out of range, or the matrix has no rows or columns.</exception>
    /// <example><code>var chart = PersonaCharts.PersonaMap(matrix, segmentation.Labels, names);</code></example>
    public static GenericChart PersonaMap(FeatureMatrix features, IReadOnlyList<int> labels, IReadOnlyList<string> personaNames, PersonaMapOptions? options = null) =>
        PersonaMap(features, labels, personaNames, options, PersonaColours.ByIndex(personaNames?.Count ?? 0), Wording.Default);

    private static GenericChart PersonaMap(FeatureMatrix features, IReadOnlyList<int> labels, IReadOnlyList<string> personaNames, PersonaMapOptions? options, string[] colours, Wording words)
    {
        ArgumentNullException.ThrowIfNull(features);
        RequireNames(personaNames, nameof(personaNames));
        RequireCount(labels, features.Rows, "labels (one per row)", nameof(labels));
        options ??= new PersonaMapOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPoints, 1, nameof(options));
        if (features.Rows == 0 || features.Columns == 0)
        {
            throw new ArgumentException($"Expected a matrix with rows and columns, found {features.Rows} x {features.Columns}.", nameof(features));
        }

        var k = personaNames.Count;
        for (var i = 0; i < labels.Count; i++)
        {
            if ((uint)labels[i] >= (uint)k)
            {
                throw new ArgumentException($"Row {i}: expected a persona index in [0, {k - 1}], found {labels[i]}.", nameof(labels));
            }
        }

        if (features.Rows < 2)
        {
            throw new ArgumentException($"Expected at least 2 customers to project, found {features.Rows}.", nameof(features));
        }

        // Display-only projection: the library's exact PCA (deterministic signs), learned from every row unless that costs
        // more than about a second (wide or huge matrices): then from a seeded sample of rows; every row is projected.
        var pca = Pca.FitSample(features, Math.Min(2, features.Columns), options.Seed);
        var projected = pca.Transform(features);
        var ratio1 = pca.ExplainedVarianceRatio[0];
        var ratio2 = projected.Columns > 1 ? pca.ExplainedVarianceRatio[1] : 0;
        var sumX = new double[k];
        var sumY = new double[k];
        var count = new int[k];
        var xs = new double[features.Rows];
        var ys = new double[features.Rows];
        for (var i = 0; i < features.Rows; i++)
        {
            xs[i] = projected[i, 0];
            ys[i] = projected.Columns > 1 ? projected[i, 1] : 0;
            sumX[labels[i]] += xs[i];
            sumY[labels[i]] += ys[i];
            count[labels[i]]++;
        }

        var shown = Sample(features.Rows, options.MaxPoints, options.Seed);
        var charts = new List<GenericChart>(k + 1);
        for (var p = 0; p < k; p++)
        {
            var members = shown.Where(i => labels[i] == p).ToArray();
            var chart = CSharpChart.Point<double, double, string>(
                members.Select(i => xs[i]),
                members.Select(i => ys[i]),
                Name: personaNames[p],
                Opacity: 0.55,
                MarkerColor: Color.fromHex(colours[p]));
            charts.Add(chart);
        }

        var present = Enumerable.Range(0, k).Where(p => count[p] > 0).ToArray();
        var centres = CSharpChart.Point<double, double, string>(
            present.Select(p => sumX[p] / count[p]),
            present.Select(p => sumY[p] / count[p]),
            Name: words.T("chart.mapCentres"),
            MultiText: present.Select(p => personaNames[p]).ToArray());
        var centreTrace = GenericChart.getTraces(centres).Single();
        centreTrace.SetProperty("mode", "markers+text");
        centreTrace.SetProperty("textposition", "top center");
        centreTrace.SetProperty("cliponaxis", false);
        centreTrace.SetProperty("textfont", Json.O(("size", 13), ("color", "#222")));
        centreTrace.SetProperty("marker", Json.O(
            ("symbol", "diamond"),
            ("size", 16),
            ("color", present.Select(p => colours[p]).ToArray()),
            ("line", Json.O(("color", "#222"), ("width", 2)))));
        charts.Add(centres);

        var title = shown.Length < features.Rows
            ? words.T("chart.mapTitleSample", ("shown", words.Count(shown.Length)), ("count", words.Count(features.Rows)))
            : words.T("chart.mapTitle", ("count", words.Count(features.Rows)));
        string AxisTitle(int component, double ratio) => words.T("chart.mapAxis", ("n", component.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("share", words.Share(ratio)));
        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            title,
            560,
            ("xaxis", ChartStyle.Axis(AxisTitle(1, ratio1), ("zeroline", false))),
            ("yaxis", ChartStyle.Axis(AxisTitle(2, ratio2), ("zeroline", false))),
            ("legend", Json.O(("title", Json.Title(words.T("chart.personaAxis"))), ("font", Json.O(("size", 13))))));
    }

    /// <summary>A deterministic sample of row indices (partial Fisher-Yates with a seeded generator), in row order.</summary>
    internal static int[] Sample(int rows, int max, int seed)
    {
        if (rows <= max)
        {
            return Enumerable.Range(0, rows).ToArray();
        }

        var index = Enumerable.Range(0, rows).ToArray();
        var random = new Random(seed);
        for (var i = 0; i < max; i++)
        {
            var j = random.Next(i, rows);
            (index[i], index[j]) = (index[j], index[i]);
        }

        var sample = index.AsSpan(0, max).ToArray();
        Array.Sort(sample);
        return sample;
    }
}
