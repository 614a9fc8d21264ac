using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Personas.Cli.Options;

/// <summary>
/// Factories for the command line's options, so every option is typed, described and shows its default the same way.
/// Numbers are parsed here (a usage error names the option and the type's range); their allowed ranges are checked by
/// the library's option records (<c>Validate</c>), and <see cref="Bind"/> ties an option to the record property it sets,
/// so a range error from the library names the option the user typed.
/// </summary>
internal static class CliOptions
{
    private static readonly ConditionalWeakTable<Option, string> Bindings = [];

    /// <summary>Ties <paramref name="option"/> to a library option (<c>Record.Property</c>, as <see cref="OptionValueException"/> names it).</summary>
    public static T Bind<T>(this T option, string libraryOption)
        where T : Option
    {
        Bindings.AddOrUpdate(option, libraryOption);
        return option;
    }

    /// <summary>The option of <paramref name="command"/> bound to a library option, or null.</summary>
    public static Option? Bound(Command command, string libraryOption) =>
        command.Options.FirstOrDefault(o => Bindings.TryGetValue(o, out var b) && b == libraryOption);

    /// <summary>A text option; <paramref name="defaultText"/> says what happens without it.</summary>
    public static Option<string?> Text(string name, string description, string helpName, string defaultText) =>
        new(name) { Description = $"{description} (default: {defaultText})", HelpName = helpName };

    /// <summary>A required text option.</summary>
    public static Option<string> Required(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, Required = true };

    /// <summary>A flag: <c>--flag</c>, <c>--flag true|false</c> or <c>--flag=false</c>.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description + " (default: off)", DefaultValueFactory = _ => false, Arity = ArgumentArity.ZeroOrOne };

    /// <summary>A whole-number option with a default from the library.</summary>
    public static Option<int> Int(string name, string description, string helpName, int defaultValue) =>
        new(name) { Description = description, HelpName = helpName, DefaultValueFactory = _ => defaultValue, CustomParser = r => ParseInt(r) ?? defaultValue };

    /// <summary>A whole-number option that may be left out (<paramref name="defaultText"/> says what happens then).</summary>
    public static Option<int?> OptionalInt(string name, string description, string helpName, string defaultText) =>
        new(name) { Description = $"{description} (default: {defaultText})", HelpName = helpName, CustomParser = ParseInt };

    /// <summary>A comma-separated list, repeatable (<c>--columns a,b --columns c</c>).</summary>
    public static Option<string[]> List(string name, string description, string helpName, string defaultText) =>
        new(name)
        {
            Description = $"{description} (default: {defaultText})",
            HelpName = helpName,
            CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };

    /// <summary>One of a fixed set of words; the first is the default.</summary>
    public static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join('|', values), DefaultValueFactory = _ => values[0] };
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !values.Contains(result.Tokens[^1].Value, StringComparer.Ordinal))
            {
                result.AddError($"option {name}: expected {string.Join(", ", values[..^1])} or {values[^1]}, found '{SafeTerminalWriter.Neutralise(result.Tokens[^1].Value)}'");
            }
        });
        return option;
    }

    /// <summary>True when the user gave the option (not only its default).</summary>
    public static bool Given(this ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };

    private static int? ParseInt(ArgumentResult r)
    {
        if (r.Tokens.Count == 0)
        {
            return null;
        }

        var text = r.Tokens[^1].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var name = (r.Parent as OptionResult)?.Option.Name ?? "option";
        var digits = text.TrimStart('-', '+');
        r.AddError(digits.Length > 0 && digits.All(char.IsAsciiDigit)
            ? $"option {name}: {text} is out of range for a whole number ({int.MinValue} to {int.MaxValue})"
            : $"option {name}: expected a whole number, found '{SafeTerminalWriter.Neutralise(text)}'");
        return null;
    }
}
