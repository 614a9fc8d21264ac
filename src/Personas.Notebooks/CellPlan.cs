using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Personas.Notebooks;

/// <summary>
/// What to do with one code cell: the kernel it is written for, the C# left after Polyglot magic lines are removed
/// (blanked with spaces, so line numbers and columns stay those of the cell), the packages it references and the
/// package sources it adds.
/// </summary>
internal sealed partial record CellPlan(string Kernel, string Code, IReadOnlyList<(string Id, string? Version)> Packages, IReadOnlyList<string> Sources, string? Unsupported)
{
    private static readonly string[] CSharpNames = ["csharp", "c#"];
    private static readonly string[] OtherKernels = ["fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md", "mermaid", "sql", "kql", "value", "http", "python", "r", "vscode"];

    public bool IsCSharp => Kernel == "csharp";

    public static CellPlan For(NotebookCell cell, string defaultKernel) => Parse(cell.Source, CellKernel(cell.MetadataNode) ?? defaultKernel);

    /// <summary>The plan of code typed into a C# kernel (magic lines are read the same way as in notebook cells).</summary>
    public static CellPlan ForCode(string code) => Parse(code, "csharp");

    private static CellPlan Parse(string source, string kernel)
    {
        var lines = source.Split('\n');
        var packages = new List<(string, string?)>();
        var sources = new List<string>();
        string? unsupported = null;
        var seenCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Split(' ', 2)[0].ToLowerInvariant();
                if (CSharpNames.Contains(name))
                {
                    kernel = seenCode && kernel != "csharp" ? kernel : "csharp";
                }
                else if (OtherKernels.Contains(name))
                {
                    kernel = seenCode && kernel == "csharp" ? "mixed" : Normalise(name);
                }
                else if (name == "import")
                {
                    unsupported ??= $"line {i + 1}: #!import is not supported: only the notebook that was named runs";
                }
                else
                {
                    unsupported ??= $"line {i + 1}: the magic command '#!{name}' is not supported";
                }

                lines[i] = Blank(lines[i]);
                continue;
            }

            if (line.StartsWith("#i ", StringComparison.Ordinal))
            {
                if (NuGetDirective().Match(line) is { Success: true } m)
                {
                    sources.Add(m.Groups["value"].Value.Trim());
                }
                else
                {
                    unsupported ??= $"line {i + 1}: only '#i \"nuget: <folder>\"' is supported, found '{line}'";
                }

                lines[i] = Blank(lines[i]);
                continue;
            }

            if (line.StartsWith("#r ", StringComparison.Ordinal) && NuGetDirective().Match(line) is { Success: true } r)
            {
                var parts = r.Groups["value"].Value.Split(',', 2, StringSplitOptions.TrimEntries);
                packages.Add((parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
                lines[i] = Blank(lines[i]);
                continue;
            }

            if (line.StartsWith("#load", StringComparison.Ordinal))
            {
                unsupported ??= $"line {i + 1}: #load is not supported: only the notebook that was named runs";
                lines[i] = Blank(lines[i]);
                continue;
            }

            if (line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                seenCode = true;
            }
        }

        return new CellPlan(kernel, string.Join('\n', lines), packages, sources, unsupported);
    }

    private static string Blank(string line) => line.EndsWith('\r') ? new string(' ', line.Length - 1) + "\r" : new string(' ', line.Length);

    public static string NotebookKernel(JsonObject metadata)
    {
        var name = metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] is JsonValue v && v.TryGetValue(out string? s) ? s
            : metadata["kernelspec"]?["language"] is JsonValue l && l.TryGetValue(out string? lang) ? lang
            : null;
        return name is null ? "csharp" : Normalise(name);
    }

    private static string? CellKernel(JsonObject metadata)
    {
        var name = metadata["polyglot_notebook"]?["kernelName"] is JsonValue v && v.TryGetValue(out string? s) ? s
            : metadata["dotnet_interactive"]?["language"] is JsonValue l && l.TryGetValue(out string? lang) ? lang
            : null;
        return name is null ? null : Normalise(name);
    }

    private static string Normalise(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n switch
        {
            "c#" or "csharp" or ".net-csharp" => "csharp",
            "f#" or "fsharp" or ".net-fsharp" => "fsharp",
            "powershell" or ".net-pwsh" => "pwsh",
            "js" => "javascript",
            "md" => "markdown",
            _ => n,
        };
    }

    [GeneratedRegex("""^#[ri]\s+"\s*nuget\s*:\s*(?<value>[^"]*)"\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex NuGetDirective();
}
