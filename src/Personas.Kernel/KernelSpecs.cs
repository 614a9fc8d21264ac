using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Personas.Kernel;

/// <summary>
/// Installs, lists and removes the kernelspec that makes Jupyter front ends offer the C# (Personas) kernel, in the
/// folders Jupyter searches (<c>JUPYTER_PATH</c>, the user's data folder, the Python environment, the system), without
/// Python.
/// </summary>
/// <example>
/// <code>
/// var spec = KernelSpecs.Install(new KernelInstallOptions { Scope = KernelSpecScope.Prefix, Prefix = "/tmp/jp" });
/// // JUPYTER_PATH=/tmp/jp/share/jupyter jupyter kernelspec list   ->  personas  /tmp/jp/share/jupyter/kernels/personas
/// </code>
/// </example>
public static partial class KernelSpecs
{
    /// <summary>The kernelspec name the notebooks name in their metadata.</summary>
    public const string DefaultName = "personas";

    private const string MetadataKey = "personas";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Resources = ["logo-64x64.png", "logo-32x32.png", "logo-svg.svg"];

    /// <summary>Writes the kernelspec folder (<c>kernel.json</c> and logos), replacing an earlier one of the same name there.</summary>
    /// <param name="options">Name, place and launcher.</param>
    /// <returns>What was installed and where.</returns>
    /// <exception cref="ArgumentException">The name is not a valid kernel name, or <see cref="KernelSpecScope.Prefix"/> has no prefix.</exception>
    /// <exception cref="InvalidOperationException">No Python environment is found for <see cref="KernelSpecScope.SysPrefix"/>.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written (permissions).</exception>
    public static InstalledKernelSpec Install(KernelInstallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckName(options.Name);
        var kernels = KernelsFolder(options.Scope, options.Prefix);
        var folder = Path.Combine(kernels, options.Name);
        var launcher = options.Launcher ?? KernelLauncher.CurrentProcess();
        if (launcher.Count == 0)
        {
            throw new ArgumentException("the launcher command is empty", nameof(options));
        }

        string[] argv = [.. launcher, "kernel", "run", "--connection-file", "{connection_file}"];
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(argv.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["display_name"] = options.DisplayName,
            ["language"] = "csharp",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject
            {
                [MetadataKey] = new JsonObject { ["version"] = JupyterKernel.Version },
                ["debugger"] = false,
            },
        };
        if (KernelLauncher.DotnetRoot() is { } root)
        {
            spec["env"] = new JsonObject { ["DOTNET_ROOT"] = root };
        }

        // Written beside the target and swapped in, so a failed install never leaves half a kernelspec.
        Directory.CreateDirectory(kernels);
        var staging = Path.Combine(kernels, "." + options.Name + ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllText(Path.Combine(staging, "kernel.json"), spec.ToJsonString(Json) + "\n");
            foreach (var resource in Resources)
            {
                using var input = typeof(KernelSpecs).Assembly.GetManifestResourceStream("Personas.Kernel." + resource)!;
                using var output = File.Create(Path.Combine(staging, resource));
                input.CopyTo(output);
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return new InstalledKernelSpec(options.Name, folder, options.DisplayName, "csharp", argv, IsPersonas: true);
    }

    /// <summary>Every kernelspec Jupyter would find, in its search order (a name found twice: the first wins, as in Jupyter).</summary>
    /// <returns>The kernelspecs, by name.</returns>
    public static IReadOnlyList<InstalledKernelSpec> List()
    {
        var found = new Dictionary<string, InstalledKernelSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var kernels in SearchPath())
        {
            if (!Directory.Exists(kernels))
            {
                continue;
            }

            foreach (var dir in Directory.EnumerateDirectories(kernels).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(dir);
                if (!found.ContainsKey(name) && ValidName().IsMatch(name) && Read(dir) is { } spec)
                {
                    found[name] = spec;
                }
            }
        }

        return found.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Removes a Personas kernelspec: from the given place, or (with <paramref name="scope"/> null) the one Jupyter
    /// would use. Kernelspecs that <c>personas kernel install</c> did not write are left alone.
    /// </summary>
    /// <param name="name">The kernel name.</param>
    /// <param name="scope">Where to remove it from; null for the first one found in Jupyter's search path.</param>
    /// <param name="prefix">The folder for <see cref="KernelSpecScope.Prefix"/>.</param>
    /// <returns>The removed kernelspec, or null when there was none.</returns>
    /// <exception cref="InvalidOperationException">The kernelspec of that name was not written by Personas.</exception>
    /// <exception cref="IOException">The folder cannot be removed.</exception>
    public static InstalledKernelSpec? Uninstall(string name = DefaultName, KernelSpecScope? scope = null, string? prefix = null)
    {
        CheckName(name);
        var spec = scope is { } s
            ? Read(Path.Combine(KernelsFolder(s, prefix), name))
            : SearchPath().Select(k => Read(Path.Combine(k, name))).FirstOrDefault(k => k is not null);
        if (spec is null)
        {
            return null;
        }

        if (!spec.IsPersonas)
        {
            throw new InvalidOperationException($"the kernelspec '{name}' in {spec.Folder} was not installed by personas; remove it with 'jupyter kernelspec uninstall {name}'");
        }

        Directory.Delete(spec.Folder, recursive: true);
        return spec;
    }

    /// <summary>The kernels folders Jupyter searches, in its order: <c>JUPYTER_PATH</c>, the user's data folder, the Python environment's, the system's.</summary>
    /// <returns>The folders (each ends in <c>kernels</c>); they need not exist.</returns>
    public static IReadOnlyList<string> SearchPath()
    {
        var data = new List<string>();
        if (Environment.GetEnvironmentVariable("JUPYTER_PATH") is { Length: > 0 } jupyterPath)
        {
            data.AddRange(jupyterPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        data.Add(UserDataFolder());
        if (EnvironmentPrefix() is { } env)
        {
            data.Add(Path.Combine(env, "share", "jupyter"));
        }

        data.AddRange(SystemDataFolders());
        return data.Select(d => Path.Combine(Path.GetFullPath(d), "kernels")).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The kernels folder of a scope (the kernelspec goes into a sub-folder named after the kernel).</summary>
    /// <param name="scope">The place.</param>
    /// <param name="prefix">The folder for <see cref="KernelSpecScope.Prefix"/>.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="ArgumentException"><see cref="KernelSpecScope.Prefix"/> without a prefix.</exception>
    /// <exception cref="InvalidOperationException">No Python environment is found for <see cref="KernelSpecScope.SysPrefix"/>.</exception>
    public static string KernelsFolder(KernelSpecScope scope, string? prefix = null) => scope switch
    {
        KernelSpecScope.User => Path.Combine(UserDataFolder(), "kernels"),
        KernelSpecScope.Prefix => string.IsNullOrWhiteSpace(prefix)
            ? throw new ArgumentException("--prefix needs a folder", nameof(prefix))
            : Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels"),
        KernelSpecScope.SysPrefix => Path.Combine(
            EnvironmentPrefix() ?? throw new InvalidOperationException("no Python environment found for --sys-prefix: activate it (VIRTUAL_ENV or CONDA_PREFIX) or put its 'jupyter' on PATH; or use --user or --prefix DIR"),
            "share",
            "jupyter",
            "kernels"),
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown scope"),
    };

    private static InstalledKernelSpec? Read(string folder)
    {
        var file = Path.Combine(folder, "kernel.json");
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(File.ReadAllText(file)) is not JsonObject spec)
            {
                return null;
            }

            var argv = spec["argv"] is JsonArray a ? a.Select(x => x is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).ToArray() : [];
            return new InstalledKernelSpec(
                Path.GetFileName(folder),
                folder,
                spec["display_name"] is JsonValue d && d.TryGetValue(out string? display) ? display : Path.GetFileName(folder),
                spec["language"] is JsonValue l && l.TryGetValue(out string? language) ? language : string.Empty,
                argv,
                spec["metadata"]?[MetadataKey] is JsonObject);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void CheckName(string name)
    {
        if (string.IsNullOrEmpty(name) || !ValidName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid kernel name: use letters, digits, '.', '_' and '-'", nameof(name));
        }
    }

    private static string UserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary>The Python environment Jupyter runs in (its <c>sys.prefix</c>): an active virtual or conda environment, else the one holding <c>jupyter</c> on PATH.</summary>
    private static string? EnvironmentPrefix()
    {
        foreach (var variable in new[] { "VIRTUAL_ENV", "CONDA_PREFIX" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } env && Directory.Exists(env))
            {
                return env;
            }
        }

        var names = OperatingSystem.IsWindows() ? new[] { "jupyter.exe" } : ["jupyter"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (names.Any(n => File.Exists(Path.Combine(dir, n))))
            {
                // bin/jupyter (Scripts\jupyter.exe on Windows) lives one level below the environment's prefix.
                return Path.GetDirectoryName(Path.GetFullPath(dir));
            }
        }

        return null;
    }

    private static string[] SystemDataFolders() => OperatingSystem.IsWindows()
        ? [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "jupyter")]
        : ["/usr/local/share/jupyter", "/usr/share/jupyter"];

    [GeneratedRegex(@"^[a-zA-Z0-9._-]+$")]
    private static partial Regex ValidName();
}
