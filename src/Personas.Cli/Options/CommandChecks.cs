using System.CommandLine;
using System.CommandLine.Parsing;

namespace Personas.Cli.Options;

/// <summary>Checks of options that only make sense together, and the record of the options a run was given.</summary>
internal static class CommandChecks
{
    /// <summary>Options that do not change results and are left out of the reproducibility record.</summary>
    private static readonly HashSet<string> NotRecorded = ["--out", "--threads", "--verbose"];

    /// <summary>A usage error when any of <paramref name="given"/> was given although <paramref name="needs"/> was not.</summary>
    public static void Forbid(ParseResult r, string needs, IEnumerable<Option> given)
    {
        var names = given.Select(o => o.Name).ToList();
        if (names.Count > 0)
        {
            throw new UsageException($"{string.Join(", ", names)} {(names.Count == 1 ? "applies" : "apply")} only with {needs}; add {needs} or leave {(names.Count == 1 ? "it" : "them")} out");
        }
    }

    /// <summary>
    /// Warns on standard error when an assignments file names a persona for fewer than half of the customers it is matched
    /// with: usually the ids differ (a prefix, leading zeros, another id column), and the results would quietly leave most
    /// customers without a persona.
    /// </summary>
    public static void WarnIfFewMatch(CliContext ctx, string what, long matched, long total, string ofWhat)
    {
        if (total > 0 && matched * 2 < total)
        {
            ctx.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"warning: {what} names a persona for only {matched} of {total} {ofWhat} ({100.0 * matched / total:0.#}%); check that the customer ids match (prefixes, leading zeros, another id column)"));
        }
    }

    /// <summary>Every option given (name -> value as typed; repeated values joined with ";"), for personas.json and the model.</summary>
    public static IReadOnlyDictionary<string, string> RunOptions(ParseResult r)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in r.CommandResult.Children.OfType<OptionResult>().Where(o => !o.Implicit))
        {
            var name = o.Option.Name;
            if (NotRecorded.Contains(name))
            {
                continue;
            }

            result[name.TrimStart('-')] = o.Tokens.Count == 0 ? "true" : string.Join(";", o.Tokens.Select(t => t.Value));
        }

        return result;
    }
}
