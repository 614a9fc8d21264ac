using Microsoft.ML;
using Microsoft.ML.Data;
using Personas.Features;

namespace Personas.Data;

/// <summary>Hands results back to ML.NET: the feature matrix and persona assignments as <see cref="IDataView"/>s.</summary>
/// <example>
/// <code>
/// var ml = new MLContext(seed: 1);
/// IDataView features = DataViewExport.ToDataView(matrix, ml); // one column "Features": float vector, slot names = feature names
/// </code>
/// </example>
public static class DataViewExport
{
    /// <summary>The name of the feature vector column.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>The feature matrix as a data view with one <see cref="float"/> vector column <c>Features</c> of known size, whose slot names are the feature names.</summary>
    /// <param name="m">The matrix.</param>
    /// <param name="ctx">The ML.NET context.</param>
    /// <returns>A data view with <c>m.Rows</c> rows.</returns>
    public static IDataView ToDataView(FeatureMatrix m, MLContext ctx)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(ctx);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        var column = schema[nameof(FeatureRow.Features)];
        column.ColumnType = new VectorDataViewType(NumberDataViewType.Single, m.Columns);
        var names = new VBuffer<ReadOnlyMemory<char>>(m.Columns, m.FeatureNames.Select(n => n.AsMemory()).ToArray());
        column.AddAnnotation("SlotNames", names, new VectorDataViewType(TextDataViewType.Instance, m.Columns));
        var rows = Enumerable.Range(0, m.Rows).Select(r => new FeatureRow { Features = m.Row(r).ToArray() });
        return ctx.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>Persona assignments as a data view with the columns <c>CustomerId</c> (text), <c>Persona</c> (int) and, when names are given, <c>PersonaName</c>.</summary>
    /// <param name="ids">The customer ids.</param>
    /// <param name="labels">The persona index of each customer.</param>
    /// <param name="ctx">The ML.NET context.</param>
    /// <param name="personaNames">The persona names by index, or null.</param>
    /// <returns>A data view with one row per customer.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or a label has no name.</exception>
    public static IDataView AssignmentsToDataView(IReadOnlyList<string> ids, IReadOnlyList<int> labels, MLContext ctx, IReadOnlyList<string>? personaNames = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(ctx);
        if (ids.Count != labels.Count)
        {
            throw new ArgumentException($"Expected one label per id ({ids.Count}), found {labels.Count}.", nameof(labels));
        }

        if (personaNames is not null && labels.Any(l => l < 0 || l >= personaNames.Count))
        {
            throw new ArgumentException($"Every label must index the {personaNames.Count} persona names.", nameof(labels));
        }

        var rows = ids.Select((id, i) => new AssignmentRow { CustomerId = id, Persona = labels[i], PersonaName = personaNames?[labels[i]] ?? string.Empty }).ToArray();
        var view = ctx.Data.LoadFromEnumerable(rows);
        return personaNames is null ? ctx.Transforms.DropColumns(nameof(AssignmentRow.PersonaName)).Fit(view).Transform(view) : view;
    }
}
