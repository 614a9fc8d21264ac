using Personas.Data;
using Personas.Data.Parsing;

namespace Personas;

/// <summary>
/// How a build was trained on a sample (<see cref="PersonaBuilder.BuildFromSample"/>): the draw, and after the outputs are
/// written, the persona sizes and column means over every assigned row.
/// </summary>
public sealed class SampleInfo
{
    internal SampleInfo(TrainingSampleOptions options, RowSample.Selection selection, string[] header, Func<IRecordSource> open, CustomerReadOptions read)
    {
        Options = options;
        Size = selection.Positions.LongLength;
        RowsTotal = selection.Rows;
        Strata = [.. selection.Strata.Select(s => new SampleStratum(s.Value, s.Rows, s.Sampled))];
        Header = header;
        Open = open;
        Read = read;
    }

    /// <summary>The options of the draw.</summary>
    public TrainingSampleOptions Options { get; }

    /// <summary>The rows drawn (input records, before the reader's exclusions).</summary>
    public long Size { get; }

    /// <summary>The input's records in total.</summary>
    public long RowsTotal { get; }

    /// <summary>True when the sample holds every record: the build is a normal build.</summary>
    public bool CoversAllRows => Size >= RowsTotal;

    /// <summary>The draw in words: uniform or stratified by a column, and the seed.</summary>
    public string Method => Options.Method;

    /// <summary>Per value of the stratifying column (one entry <c>(all rows)</c> for a uniform sample): its records and draws.</summary>
    public IReadOnlyList<SampleStratum> Strata { get; }

    /// <summary>Sizes and means over every assigned row, once the outputs are written (null before, and when the sample covers every row).</summary>
    public SampleTotals? AllRows { get; internal set; }

    internal string[] Header { get; }

    internal Func<IRecordSource> Open { get; }

    internal CustomerReadOptions Read { get; }

    /// <summary>How the draw is made, in words (for personas.json).</summary>
    internal const string Selection = "the rows with the smallest seeded 64-bit hash (SplitMix64) of their position in the input: a uniform draw without replacement, the same for the same seed whatever the thread count; stratified, each value of the column gets its largest-remainder share of the size, drawn the same way";

    /// <summary>Which statistics are over all rows and which over the sample (for personas.json and the cards).</summary>
    internal const string Statistics = "over every assigned row (one streaming pass): assignments.csv, exclusions.csv, the persona sizes and shares and the column means in sample.allRows; over the sample: the personas, their profiles (means, traits, exact quantiles of the sample as in any build), names and the sizes in personas[]";
}

/// <summary>A value of the stratifying column: its records in the input and in the sample.</summary>
/// <param name="Value">The value (<c>(missing)</c> for empty cells; <c>(all rows)</c> for a uniform sample).</param>
/// <param name="Rows">Records with the value.</param>
/// <param name="Sampled">Records with the value in the sample.</param>
public sealed record SampleStratum(string Value, long Rows, long Sampled);

/// <summary>Every input row assigned after training on a sample: counts and means per persona.</summary>
public sealed class SampleTotals
{
    internal SampleTotals(long assigned, long excluded, IReadOnlyList<string> personaIds, long[] sizes, IReadOnlyList<string> columns, double?[][] means)
    {
        Assigned = assigned;
        Excluded = excluded;
        PersonaIds = personaIds;
        Sizes = sizes;
        Columns = columns;
        Means = means;
    }

    /// <summary>Rows assigned to a persona.</summary>
    public long Assigned { get; }

    /// <summary>Rows excluded (listed in exclusions.csv).</summary>
    public long Excluded { get; }

    /// <summary>The persona ids, in the order of <see cref="Sizes"/> and <see cref="Means"/>.</summary>
    public IReadOnlyList<string> PersonaIds { get; }

    /// <summary>Rows assigned per persona.</summary>
    public IReadOnlyList<long> Sizes { get; }

    /// <summary>The numeric columns whose means are summed.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Per persona, per column of <see cref="Columns"/>, the mean over the persona's rows with a number (null when none).</summary>
    public IReadOnlyList<IReadOnlyList<double?>> Means { get; }
}
