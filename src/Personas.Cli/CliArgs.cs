using System.Globalization;

namespace Personas.Cli;

/// <summary>Parsed command-line options: <c>--name value</c> pairs, flags and positional arguments.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private CliArgs(string command, IReadOnlyList<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    /// <summary>The command name (for example <c>build</c> or <c>notebook run</c>).</summary>
    public string Command { get; }

    /// <summary>Positional arguments after the command.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses arguments; <paramref name="flags"/> are options that take no value.</summary>
    public static CliArgs Parse(string command, IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var result = new CliArgs(command, positional);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                positional.Add(a);
                continue;
            }

            var name = a[2..];
            string value;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (flags.Contains(name))
            {
                value = "true";
            }
            else
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                {
                    throw new UsageException($"option --{name} needs a value");
                }

                value = args[++i];
            }

            if (!result._options.TryGetValue(name, out var list))
            {
                result._options[name] = list = [];
            }

            list.Add(value);
        }

        return result;
    }

    /// <summary>True when the flag or option was given.</summary>
    public bool Has(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>The option's value, or null; a repeated single-valued option is a usage error.</summary>
    public string? Get(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var list))
        {
            return null;
        }

        if (list.Count > 1)
        {
            throw new UsageException($"option --{name} given {list.Count} times; give it once");
        }

        return list[0];
    }

    /// <summary>Every value of a repeatable option.</summary>
    public IReadOnlyList<string> GetAll(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var list) ? list : [];
    }

    /// <summary>The option's value; a usage error when missing.</summary>
    public string Require(string name) =>
        Get(name) is { Length: > 0 } v ? v : throw new UsageException($"{Command} needs --{name}");

    /// <summary>An integer option.</summary>
    public int? GetInt(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var v = Get(name);
        if (v is null)
        {
            return null;
        }

        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new UsageException($"option --{name}: expected a whole number{Range(min, max)}, found '{v}'");
        }

        return n;
    }

    /// <summary>A comma-separated list option.</summary>
    public IReadOnlyList<string>? GetList(string name) =>
        Get(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every option as given (name -> value; repeated options joined with ";"), for reproducibility records; the output folder, --threads and --verbose are left out since they do not change results.</summary>
    public IReadOnlyDictionary<string, string> AllValues() =>
        _options.Where(p => p.Key is not ("verbose" or "out" or "threads")).ToDictionary(p => p.Key, p => string.Join(";", p.Value), StringComparer.Ordinal);

    /// <summary>A usage error for every option given that the command did not ask about.</summary>
    public void EnsureAllUsed()
    {
        var unknown = _options.Keys.Where(k => !_used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"{Command}: unknown option{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => "--" + u))}; see 'personas {Command} --help'");
        }
    }

    private static string Range(int min, int max) =>
        (min, max) switch
        {
            (int.MinValue, int.MaxValue) => "",
            (_, int.MaxValue) => string.Create(CultureInfo.InvariantCulture, $" of at least {min}"),
            _ => string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}"),
        };
}
