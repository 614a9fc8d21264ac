using System.Globalization;
using Personas.Data;
using Personas.Data.Parsing;
using Personas.Data.Text;

namespace Personas;

/// <content>Training on a sample of a large input, assigning every row.</content>
public static partial class PersonaBuilder
{
    /// <summary>
    /// Builds personas from a sample of a delimited customer file and, when the result is saved, assigns every row of the
    /// file in a streaming pass (see <see cref="TrainingSampleOptions"/>). Neither pass holds the whole file: the draw keeps the
    /// sample's positions, the build reads only the sampled rows, and saving streams the rows through the model.
    /// </summary>
    /// <param name="path">The customer file (delimited text, <c>.gz</c> decompressed).</param>
    /// <param name="sample">The size, stratifying column and seed of the draw.</param>
    /// <param name="read">How to read the file; null for the defaults.</param>
    /// <param name="options">The build options; null for the defaults.</param>
    /// <param name="progress">Receives progress per stage, or null.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <returns>The build on the sample; <see cref="PersonaBuildResult.Sample"/> describes the draw.</returns>
    /// <exception cref="OptionValueException">The sample size is below 1, or the stratifying column is not in the file.</exception>
    /// <exception cref="PersonasDataException">As for <see cref="CustomerReader.ReadFile"/> and <see cref="Build"/>.</exception>
    public static PersonaBuildResult BuildFromSample(string path, TrainingSampleOptions sample, CustomerReadOptions? read = null, PersonaBuildOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(sample);
        sample.Validate();
        read ??= new CustomerReadOptions();
        var source = Path.GetFileName(path);
        var notes = new List<string>();
        var input = DelimitedInput.Open(source, () => TextSource.Open(path), TextSource.Peek(path), read.Delimiter, notes);
        return BuildFromSampleRecords(source, input.Header, () => input.OpenRecords(), notes, sample, read, options, progress, cancellationToken);
    }

    /// <summary>The sampled build over records from any source (delimited text, Parquet or a query through DuckDB).</summary>
    internal static PersonaBuildResult BuildFromSampleRecords(string source, string[] header, Func<IRecordSource> open, List<string> notes, TrainingSampleOptions sample, CustomerReadOptions read, PersonaBuildOptions? options, IProgress<PersonasProgress>? progress, CancellationToken cancellationToken)
    {
        sample.Validate();
        progress?.Report(new PersonasProgress("sample", 0));
        var selection = RowSample.Select(source, header, open, sample, cancellationToken);
        var info = new SampleInfo(sample, selection, header, open, read);
        progress?.Report(new PersonasProgress("sample", 1));
        notes.Add(info.CoversAllRows
            ? string.Create(CultureInfo.InvariantCulture, $"sample of {sample.Size:N0} rows asked; the input has {selection.Rows:N0}, so every row is used (a normal build)")
            : string.Create(CultureInfo.InvariantCulture, $"trained on a sample of {info.Size:N0} of {selection.Rows:N0} rows ({info.Method}); every row is assigned in a streaming pass when the outputs are written (sizes over all rows: personas.json sample.allRows)"));
        var table = CustomerReader.ReadRecords(source, header, info.CoversAllRows ? open : () => new SelectedRecordSource(open(), selection.Positions), read, notes, progress, null, cancellationToken);
        var result = Build(table, options, progress, cancellationToken);
        result.Sample = info;
        return result;
    }
}
