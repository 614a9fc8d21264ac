using System.CommandLine;
using System.Globalization;
using Personas.Data;
using Personas.Features;
using Personas.Profiling;

namespace Personas.Cli.Options;

/// <summary>
/// How columns are used (docs/columns.md): --outcome, --feature, --describe-only, --weight, --categorical, --numeric,
/// --value-column, --value-columns, --min-persona-size, --max-traits. Each sets a property of the library's option
/// records, which validate it (and name the option in a range error).
/// </summary>
internal sealed class ColumnCliOptions
{
    private static readonly ProfilingOptions ProfilingDefaults = new();

    public Option<string[]> Outcome { get; } = CliOptions.List("--outcome", "columns that record an outcome (response, churn, conversion): shown on every card as a KPI, never clustered on; adds to the detected ones", "C1,C2", "detected from names such as churn, response, accepted*, converted, y").Bind("FeatureOptions.Outcomes");

    public Option<string[]> Feature { get; } = CliOptions.List("--feature", "columns clustered on although they look like outcomes (or are merged as one fact of several columns)", "C1,C2", "none").Bind("FeatureOptions.ForcedFeatures");

    public Option<string[]> DescribeOnly { get; } = CliOptions.List("--describe-only", "columns shown on the cards but not clustered on (--exclude leaves them out altogether)", "C1,C2", "none").Bind("FeatureOptions.DescribeOnly");

    public Option<string[]> Weight { get; } = new Option<string[]>("--weight")
    {
        Description = "a column's weight in the clustering, C=w (repeatable; 0 = describe only, 2 = counts twice) (default: 1 for every column)",
        HelpName = "C=w",
        CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    }.Bind("FeatureOptions.Weights");

    public Option<string[]> Categorical { get; } = CliOptions.List("--categorical", "columns read as categories (levels), for example integer codes", "C1,C2", "inferred; integer codes named like region, browser, *_type are categories");

    public Option<string[]> Numeric { get; } = CliOptions.List("--numeric", "columns read as numbers although they look like codes", "C1,C2", "inferred");

    public Option<string?> ValueColumn { get; } = CliOptions.Text("--value-column", "the money column for value shares (revenue, spend)", "C", "detected by name, or a sum of Mnt*-like columns").Bind("ProfilingOptions.ValueColumn");

    public Option<string[]> ValueColumns { get; } = CliOptions.List("--value-columns", "money columns summed into the value (for example the Mnt* spending columns)", "C1,C2", "see --value-column").Bind("ProfilingOptions.ValueColumns");

    public Option<int> MinPersonaSize { get; } = CliOptions.Int("--min-persona-size", "the fewest customers a persona needs to be described on its card; with --k auto no persona is smaller", "N", ProfilingDefaults.MinPersonaSize).Bind("ProfilingOptions.MinPersonaSize");

    public Option<int> MaxTraits { get; } = CliOptions.Int("--max-traits", "the most traits per direction (more / less than average) on a card", "N", ProfilingDefaults.MaxTraits).Bind("ProfilingOptions.MaxTraits");

    /// <summary>The options that change how columns are read (customer files only).</summary>
    public IEnumerable<Option> Reading => [Categorical, Numeric];

    /// <summary>Every option of the group.</summary>
    public IEnumerable<Option> All => [Outcome, Feature, DescribeOnly, Weight, Categorical, Numeric, ValueColumn, ValueColumns, MinPersonaSize, MaxTraits];

    /// <summary>The feature options with --outcome, --feature, --describe-only and --weight, validated by the library.</summary>
    public FeatureOptions Features(ParseResult r, FeatureOptions options)
    {
        var result = options with
        {
            Outcomes = NonEmpty(r.GetValue(Outcome)),
            ForcedFeatures = NonEmpty(r.GetValue(Feature)),
            DescribeOnly = NonEmpty(r.GetValue(DescribeOnly)),
            Weights = Weights(r.GetValue(Weight)),
        };
        result.Validate();
        return result;
    }

    /// <summary>The profiling options with the value column(s), --min-persona-size and --max-traits, validated by the library.</summary>
    public ProfilingOptions Profiling(ParseResult r, ProfilingOptions options)
    {
        if (r.Given(ValueColumn) && r.Given(ValueColumns))
        {
            throw new UsageException("give either --value-column C or --value-columns C1,C2,..., not both");
        }

        var result = options with
        {
            ValueColumn = r.GetValue(ValueColumn),
            ValueColumns = NonEmpty(r.GetValue(ValueColumns)),
            MinPersonaSize = r.GetValue(MinPersonaSize),
            MaxTraits = r.GetValue(MaxTraits),
        };
        result.Validate();
        return result;
    }

    /// <summary>The read options with --categorical and --numeric as roles.</summary>
    public CustomerReadOptions Read(ParseResult r, CustomerReadOptions options)
    {
        var categorical = r.GetValue(Categorical) ?? [];
        var numeric = r.GetValue(Numeric) ?? [];
        if (categorical.Intersect(numeric, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            throw new UsageException($"column '{both}' is given to both --categorical and --numeric; give it one of them");
        }

        if (categorical.Length + numeric.Length == 0)
        {
            return options;
        }

        var roles = new Dictionary<string, ColumnRole>(options.Roles ?? new Dictionary<string, ColumnRole>(), StringComparer.Ordinal);
        foreach (var c in categorical)
        {
            roles[c] = ColumnRole.Categorical;
        }

        foreach (var c in numeric)
        {
            roles[c] = ColumnRole.Numeric;
        }

        return options with { Roles = roles };
    }

    /// <summary>C=w pairs; a pair without '=' or with a weight that is not a number is a usage error naming --weight.</summary>
    private static Dictionary<string, double>? Weights(string[]? pairs)
    {
        if (pairs is not { Length: > 0 })
        {
            return null;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.LastIndexOf('=');
            if (eq <= 0 || !double.TryParse(pair[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                throw new UsageException($"option --weight: expected COLUMN=WEIGHT such as Income=2, found '{SafeTerminalWriter.Neutralise(pair)}'");
            }

            weights[pair[..eq].Trim()] = w;
        }

        return weights;
    }

    private static string[]? NonEmpty(string[]? values) => values is { Length: > 0 } ? values : null;
}
