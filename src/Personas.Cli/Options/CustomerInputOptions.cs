using System.CommandLine;
using Personas.Data;

namespace Personas.Cli.Options;

/// <summary>How customer records are read: --id, --columns/--exclude, --delimiter, --decimal-comma, --fail-on-bad-rows.</summary>
internal sealed class CustomerInputOptions
{
    public Option<string?> Id { get; } = CliOptions.Text("--id", "the id column", "COL", "detected, e.g. customer_id");

    public Option<string[]> Columns { get; } = CliOptions.List("--columns", "use only these columns as features", "C1,C2", "every usable column");

    public Option<string[]> Exclude { get; } = CliOptions.List("--exclude", "do not use these columns", "C1,C2", "none");

    public Option<string?> Delimiter { get; } = CliOptions.Text("--delimiter", "the field delimiter: one character, or tab, comma, semicolon, pipe", "C", "detected");

    public Option<bool> DecimalComma { get; } = CliOptions.Flag("--decimal-comma", "numbers are written with a decimal comma (1 234,50)");

    public Option<bool> FailOnBadRows { get; } = CliOptions.Flag("--fail-on-bad-rows", "stop at the first bad row (exit 1, naming file, line and column) instead of excluding it");

    public IEnumerable<Option> All(bool withColumns = true) => withColumns
        ? [Id, Columns, Exclude, Delimiter, DecimalComma, FailOnBadRows]
        : [Id, Delimiter, DecimalComma, FailOnBadRows];

    /// <summary>The read options; --columns and --exclude together are a usage error.</summary>
    public CustomerReadOptions Read(ParseResult r, DuplicateIdPolicy duplicates = DuplicateIdPolicy.Error)
    {
        var columns = r.GetValue(Columns) is { Length: > 0 } c ? c : null;
        var exclude = r.GetValue(Exclude) is { Length: > 0 } e ? e : null;
        if (columns is not null && exclude is not null)
        {
            throw new UsageException("give either --columns or --exclude, not both");
        }

        return new CustomerReadOptions
        {
            IdColumn = r.GetValue(Id),
            Columns = columns,
            Exclude = exclude,
            Delimiter = ParseDelimiter(r.GetValue(Delimiter)),
            DecimalComma = r.GetValue(DecimalComma),
            RowErrors = r.GetValue(FailOnBadRows) ? RowErrorPolicy.Fail : RowErrorPolicy.Exclude,
            DuplicateIds = duplicates,
        };
    }

    /// <summary>A --delimiter value: one character or a name.</summary>
    public static char? ParseDelimiter(string? value) => value switch
    {
        null => null,
        "tab" or "\\t" => '\t',
        "comma" => ',',
        "semicolon" => ';',
        "pipe" => '|',
        { Length: 1 } when value[0] is not ('"' or '\r' or '\n') => value[0],
        _ => throw new UsageException($"option --delimiter: expected one character or tab, comma, semicolon, pipe, found '{value}'"),
    };
}
