using Personas.Data;

namespace Personas.Features;

/// <summary>
/// Finds the columns that record an outcome rather than describe the customer (see
/// <see cref="FeatureOptions.DetectOutcomes"/>): a yes/no or two-level column named like an outcome, and, once there
/// is an outcome, a column known only after it (a call's duration).
/// </summary>
internal static class OutcomeDetector
{
    private static readonly HashSet<string> OutcomeWords = new(StringComparer.Ordinal)
    {
        "response", "responded", "responder", "converted", "conversion", "purchased", "revenue", "target", "label", "outcome",
        "exited", "default", "defaulted", "attrition", "attrited", "churn", "churned",
    };

    private static readonly string[] OutcomeStems = ["accepted", "churn", "complain", "attrit"];

    private static readonly string[][] AfterOutcome = [["duration"], ["call", "duration"], ["contact", "duration"], ["last", "contact", "duration"], ["call", "length"], ["call", "time"], ["talk", "time"]];

    private static readonly string[] PositiveWords = ["yes", "true", "y", "1", "churn", "churned", "attrited", "exited", "converted", "responded", "accepted", "bought", "purchased", "default", "defaulted"];

    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal) { "no", "not", "non", "never", "false" };

    /// <summary>The outcome columns of a table, in column order, each decision in <paramref name="decisions"/>.</summary>
    public static List<OutcomeColumn> Find(CustomerTable table, FeatureOptions options, List<string> decisions)
    {
        var given = Set(options.Outcomes);
        var forced = Set(options.ForcedFeatures);
        var result = new List<OutcomeColumn>();
        foreach (var column in table.Columns)
        {
            if (given.Contains(column.Name))
            {
                result.Add(Given(table, column));
            }
            else if (options.DetectOutcomes && Detect(column) is { } found)
            {
                if (forced.Contains(column.Name))
                {
                    decisions.Add($"{column.Name}: looks like an outcome ({found.Reason}) but is a feature (forced by the options)");
                }
                else
                {
                    result.Add(found);
                }
            }
        }

        if (result.Count > 0 && options.DetectOutcomes)
        {
            foreach (var column in table.Columns.Where(c => c.Role == ColumnRole.Numeric && !given.Contains(c.Name) && !forced.Contains(c.Name)))
            {
                var words = ColumnWords.Split(column.Name);
                if (AfterOutcome.Any(p => p.SequenceEqual(words)))
                {
                    result.Add(new OutcomeColumn
                    {
                        Name = column.Name,
                        IsBinary = false,
                        IsLeakage = true,
                        Reason = $"named like a call's duration, which is known only after the outcome ('{string.Join("', '", result.Where(r => !r.IsLeakage).Select(r => r.Name))}'): clustering on it would explain the outcome by itself (leakage)",
                    });
                }
            }
        }

        foreach (var o in result)
        {
            decisions.Add($"{o.Name}: {(o.IsLeakage ? "known only after the outcome" : "outcome")}, not a feature: {o.Reason}; shown on every card as a KPI ({(o.IsBinary ? $"rate of '{o.PositiveLevel}'" : "mean")} in the persona against the rest)");
        }

        return result;
    }

    private static OutcomeColumn? Detect(CustomerColumn column)
    {
        var words = ColumnWords.Split(column.Name);
        var word = words.Length == 1 && words[0] == "y" ? "y"
            : words.FirstOrDefault(w => OutcomeWords.Contains(w) || OutcomeStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));
        if (word is null)
        {
            return null;
        }

        if (column.Role == ColumnRole.Boolean)
        {
            return new OutcomeColumn { Name = column.Name, IsBinary = true, PositiveLevel = "yes", Reason = $"a yes/no column named like an outcome ('{word}')" };
        }

        if (column.Role == ColumnRole.Categorical && !column.IsNumeric && column.Levels.Count == 2)
        {
            var positive = Positive(column.Levels);
            return new OutcomeColumn { Name = column.Name, IsBinary = true, PositiveLevel = positive, Reason = $"a two-level column named like an outcome ('{word}'), counting '{positive}'" };
        }

        return null;
    }

    private static OutcomeColumn Given(CustomerTable table, CustomerColumn column)
    {
        const string Why = "named as an outcome in the options";
        switch (column.Role)
        {
            case ColumnRole.Boolean:
                return new OutcomeColumn { Name = column.Name, IsBinary = true, PositiveLevel = "yes", Reason = Why };
            case ColumnRole.Categorical when !column.IsNumeric && column.Levels.Count == 2:
                var positive = Positive(column.Levels);
                return new OutcomeColumn { Name = column.Name, IsBinary = true, PositiveLevel = positive, Reason = $"{Why}, counting '{positive}'" };
            case ColumnRole.Numeric or ColumnRole.Date when column.IsNumeric:
                return new OutcomeColumn { Name = column.Name, IsBinary = false, Reason = Why };
            default:
                throw new OptionValueException(nameof(FeatureOptions) + "." + nameof(FeatureOptions.Outcomes), column.Name, $"a yes/no, two-level or numeric column ('{column.Name}' in {table.Source} is {column.Role.ToString().ToLowerInvariant()}{(column.Role == ColumnRole.Categorical ? $" with {column.Levels.Count} levels" : string.Empty)})");
        }
    }

    /// <summary>The level counted as the outcome: the one that reads like "yes" (yes, true, churned...), else the rarer one.</summary>
    private static string Positive(IReadOnlyList<string> levels) =>
        levels.FirstOrDefault(l => ColumnWords.Split(l) is var w && w.Any(PositiveWords.Contains) && !w.Any(NegationWords.Contains)) ?? levels[^1];

    private static HashSet<string> Set(IReadOnlyCollection<string>? names) => names is null ? new(StringComparer.Ordinal) : new(names, StringComparer.Ordinal);
}
