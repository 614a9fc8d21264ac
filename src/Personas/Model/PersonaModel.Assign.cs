using System.Buffers;
using Personas.Data;
using Personas.Features;

namespace Personas.Model;

/// <content>Assigning feature vectors to personas.</content>
public sealed partial class PersonaModel
{
    /// <summary>
    /// Assigns already-encoded feature vectors (the rows of <paramref name="features"/>, in this model's feature layout)
    /// without allocating: the batch path for high throughput. Rows with a non-finite value get index -1, distance NaN,
    /// confidence 0 and are flagged as outliers.
    /// </summary>
    /// <param name="features">The feature matrix; its column count must equal <see cref="Dimension"/>.</param>
    /// <param name="personaIndex">Per row, the index into <see cref="Personas"/>.</param>
    /// <param name="distance">Per row, the distance to that persona's centroid.</param>
    /// <param name="confidence">Per row, the confidence (see <see cref="PersonaAssignment.Confidence"/>).</param>
    /// <param name="isOutlier">Per row, the outlier flag; pass an empty span to skip it.</param>
    /// <exception cref="ArgumentException">The matrix has another width, or a span is shorter than the row count.</exception>
    public void AssignAll(FeatureMatrix features, Span<int> personaIndex, Span<float> distance, Span<float> confidence, Span<bool> isOutlier = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != Dimension)
        {
            throw new ArgumentException($"The model has {Dimension} features, the matrix {features.Columns} columns.", nameof(features));
        }

        var n = features.Rows;
        if (personaIndex.Length < n || distance.Length < n || confidence.Length < n || (!isOutlier.IsEmpty && isOutlier.Length < n))
        {
            throw new ArgumentException($"Every output span needs at least {n} elements (one per row).", nameof(personaIndex));
        }

        var values = features.Values.Span;
        var d = Dimension;
        for (var i = 0; i < n; i++)
        {
            personaIndex[i] = _kernel.Nearest(values.Slice(i * d, d), out distance[i], out confidence[i], out var outlier);
            if (!isOutlier.IsEmpty)
            {
                isOutlier[i] = outlier;
            }
        }
    }

    /// <summary>The distance, confidence and outlier flag of an encoded vector relative to a given persona (by index), for
    /// writing a build's own assignments with the same arithmetic as <see cref="AssignFeatures"/>.</summary>
    internal void Describe(ReadOnlySpan<float> features, int personaIndex, out float distance, out float confidence, out bool isOutlier) =>
        _kernel.Describe(features, personaIndex, out distance, out confidence, out isOutlier);

    /// <summary>Assigns one already-encoded feature vector.</summary>
    /// <param name="features">The feature vector (length <see cref="Dimension"/>).</param>
    /// <returns>The assignment; <see cref="PersonaAssignment.PersonaId"/> is empty when the vector has a non-finite value.</returns>
    /// <exception cref="ArgumentException">The vector has the wrong length.</exception>
    public PersonaAssignment AssignFeatures(ReadOnlySpan<float> features)
    {
        var index = _kernel.Nearest(features, out var distance, out var confidence, out var outlier);
        return index < 0
            ? new PersonaAssignment(string.Empty, string.Empty, distance, confidence, outlier)
            : new PersonaAssignment(Personas[index].Id, Personas[index].Name, distance, confidence, outlier);
    }

    /// <summary>
    /// Assigns one raw customer record (column name to text, as in a CSV) to its nearest persona. The record is encoded
    /// with the model's feature plan: a missing column, an empty value or <c>NA</c> is imputed as in training (the
    /// learned median, or the <c>(missing)</c> level); an unseen category level counts as "other" (no level's
    /// indicator set); extra columns are ignored; text in a numeric column that is not a number is an error.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The persona id, name, distance, confidence and outlier flag.</returns>
    /// <exception cref="PersonasDataException">A numeric or boolean column holds a value of the wrong type.</exception>
    public PersonaAssignment Assign(IReadOnlyDictionary<string, string?> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var d = Dimension;
        float[]? rented = null;
        var x = d <= 256 ? stackalloc float[d] : (rented = ArrayPool<float>.Shared.Rent(d)).AsSpan(0, d);
        try
        {
            Plan.Encode(record, x);
            return AssignFeatures(x);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Assigns raw records one by one (see <see cref="Assign(IReadOnlyDictionary{string, string})"/>).</summary>
    /// <param name="records">The records.</param>
    /// <returns>One assignment per record, in order.</returns>
    /// <exception cref="PersonasDataException">A record holds a value of the wrong type.</exception>
    public IReadOnlyList<PersonaAssignment> AssignAll(IEnumerable<IReadOnlyDictionary<string, string?>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Select(Assign).ToArray();
    }

    /// <summary>
    /// How many of the model's columns a table has. A table with few of them (1 of 18) would be assigned on imputed values
    /// only: <see cref="FeatureCoverage.Warning"/> says so, and below <paramref name="minFeatureShare"/> this fails.
    /// </summary>
    /// <param name="table">The customers to assign.</param>
    /// <param name="minFeatureShare">The least share of the model's source columns required (0..1); 0 never fails.</param>
    /// <returns>The coverage (check <see cref="FeatureCoverage.Warning"/>).</returns>
    /// <exception cref="OptionValueException"><paramref name="minFeatureShare"/> is not between 0 and 1 (named <c>PersonaModel.MinFeatureShare</c>).</exception>
    /// <exception cref="PersonasDataException">Fewer than <paramref name="minFeatureShare"/> of the columns are present.</exception>
    public FeatureCoverage CheckCoverage(CustomerTable table, double minFeatureShare = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!(minFeatureShare >= 0 && minFeatureShare <= 1))
        {
            throw new OptionValueException("PersonaModel.MinFeatureShare", minFeatureShare, "a share from 0 to 1");
        }

        var coverage = Plan.Coverage(table);
        if (coverage.Share < minFeatureShare)
        {
            throw new PersonasDataException(table.Source, null, null, $"{coverage.Present.Count} of the model's {coverage.Present.Count + coverage.Missing.Count} columns", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"at least {minFeatureShare * 100:0.#}% of the model's columns (missing: {string.Join(", ", coverage.Missing)})"));
        }

        return coverage;
    }

    /// <summary>
    /// Assigns every row of a customer table: the table is encoded with the model's feature plan (columns matched by
    /// name; missing columns imputed, unseen levels as "other", see <see cref="FeaturePlan.Transform"/>) and every row
    /// assigned with the batch path.
    /// </summary>
    /// <param name="table">The customers.</param>
    /// <returns>One assignment per row, in row order.</returns>
    /// <exception cref="PersonasDataException">A column has another kind than in training (numbers vs levels).</exception>
    public IReadOnlyList<PersonaAssignment> AssignAll(CustomerTable table) => AssignAll(table, minFeatureShare: 0);

    /// <summary>
    /// Assigns every row of a customer table (see <see cref="AssignAll(CustomerTable)"/>), first checking that the table
    /// has at least <paramref name="minFeatureShare"/> of the model's columns (<see cref="CheckCoverage"/>).
    /// </summary>
    /// <param name="table">The customers.</param>
    /// <param name="minFeatureShare">The least share of the model's source columns the table must have (0..1); 0 never fails.</param>
    /// <returns>One assignment per row, in row order.</returns>
    /// <exception cref="PersonasDataException">Too few of the model's columns are present, or a column has another kind than in training.</exception>
    public IReadOnlyList<PersonaAssignment> AssignAll(CustomerTable table, double minFeatureShare)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckCoverage(table, minFeatureShare);
        FeatureMatrix features;
        try
        {
            features = Plan.Transform(table);
        }
        catch (PersonasDataException e)
        {
            throw e.WithSource(table.Source);
        }

        var n = features.Rows;
        var index = new int[n];
        var distance = new float[n];
        var confidence = new float[n];
        var outlier = new bool[n];
        AssignAll(features, index, distance, confidence, outlier);
        var result = new PersonaAssignment[n];
        for (var i = 0; i < n; i++)
        {
            var p = index[i] >= 0 ? Personas[index[i]] : null;
            result[i] = new PersonaAssignment(p?.Id ?? string.Empty, p?.Name ?? string.Empty, distance[i], confidence[i], outlier[i]);
        }

        return result;
    }
}
