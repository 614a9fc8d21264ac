using System.CommandLine;
using System.Text.RegularExpressions;
using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>Help comes from the definitions: every option is described with its default, and README's command-line section lists exactly the options --help lists.</summary>
public partial class HelpTests
{
    private static readonly HashSet<string> Common = ["--help", "--verbose", "-h", "-?", "--version"];

    internal static RootCommand Tree() => CommandTree.Create(new CliContext(TextWriter.Null, TextWriter.Null, null, TimeProvider.System, CancellationToken.None));

    internal static IEnumerable<(string Name, Command Command)> Commands(Command c, string prefix = "")
    {
        foreach (var sub in c.Subcommands)
        {
            var name = (prefix + " " + sub.Name).Trim();
            if (sub.Action is not null)
            {
                yield return (name, sub);
            }

            foreach (var nested in Commands(sub, name))
            {
                yield return nested;
            }
        }
    }

    [Fact]
    public void EveryOption_HasADescriptionAndADefault()
    {
        foreach (var (name, command) in Commands(Tree()))
        {
            foreach (var option in command.Options.Where(o => !Common.Contains(o.Name)))
            {
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{name} {option.Name} has no description");
                Assert.True(
                    option.Required || option.HasDefaultValue || option.Description!.Contains("default", StringComparison.Ordinal),
                    $"{name} {option.Name} states no default");
            }
        }
    }

    [Fact]
    public void ReadmeCommandLineSection_ListsExactlyTheOptionsOfEachCommand()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("## The command line", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```", StringComparison.Ordinal) + 3)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var documented = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (var line in block.Split('\n'))
        {
            if (line.StartsWith("personas ", StringComparison.Ordinal))
            {
                var words = line["personas ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => LowerWord().IsMatch(w));
                documented[string.Join(' ', words)] = current = [];
            }

            if (current is not null)
            {
                current.UnionWith(OptionName().Matches(line).Select(m => m.Value));
            }
        }

        foreach (var (name, command) in Commands(Tree()))
        {
            Assert.True(documented.TryGetValue(name, out var listed), $"README lists no 'personas {name}'");
            var actual = command.Options.Select(o => o.Name).Where(n => !Common.Contains(n)).ToHashSet();
            Assert.True(actual.SetEquals(listed!), $"personas {name}: README lists [{string.Join(", ", listed!.Except(actual))}] that --help lacks and lacks [{string.Join(", ", actual.Except(listed!))}]");
        }
    }

    [Fact]
    public void EveryOptionNamedInAMessageOrDocOfTheSource_Exists()
    {
        var options = Commands(Tree()).SelectMany(c => c.Command.Options).Select(o => o.Name).Append("--help").Append("--version").Append(CommandTree.Verbose.Name).ToHashSet();
        var unknown = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            foreach (Match literal in StringLiteral().Matches(File.ReadAllText(file)))
            {
                unknown.AddRange(OptionName().Matches(literal.Value).Select(m => m.Value).Where(o => !options.Contains(o)).Select(o => $"{Path.GetFileName(file)}: {o}"));
            }
        }

        Assert.True(unknown.Count == 0, "messages name options that do not exist: " + string.Join(", ", unknown.Distinct()));
    }

    [GeneratedRegex("\"(?:[^\"\\\n]|\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex LowerWord();

    [GeneratedRegex("--[a-z](?:[a-z-]*[a-z])?")]
    private static partial Regex OptionName();
}
