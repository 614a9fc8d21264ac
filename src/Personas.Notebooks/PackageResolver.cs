using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Personas.Notebooks;

/// <summary>
/// Resolves <c>#r "nuget: Name[, Version]"</c> to assembly files: the package from a local folder of <c>.nupkg</c>
/// files (or the NuGet global packages folder), its <c>lib/</c> assemblies for the best target framework extracted
/// into a cache keyed by the package's hash, and its nuspec dependencies resolved the same way.
/// </summary>
internal sealed class PackageResolver(string cacheRoot)
{
    private readonly List<string> folders = [];
    private readonly Dictionary<string, PackageVersion> resolved = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (Version Version, string Path)> assemblies = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> FrameworkAssemblies = ListFrameworkAssemblies();

    /// <summary>The packages that this program carries itself (<c>personas</c> ships the library and its charts): used when no package source has them.</summary>
    private static readonly string[] BundledIds = ["Personas", "Personas.Charts", "Personas.Notebooks"];

    /// <summary>Notes about resolution (a package taken from this program's own copy).</summary>
    public List<string> Notes { get; } = [];

    private readonly List<string> remoteSources = [];

    /// <summary>
    /// Adds the package sources of the <c>NuGet.config</c> files from <paramref name="directory"/> up to the root (the
    /// nearest first, stopping at a <c>&lt;clear /&gt;</c>): local folders are searched; http(s) feeds are named in the
    /// message when a package is not found (this runtime does not download: <c>dotnet restore</c> puts packages into the
    /// global packages folder, which is searched).
    /// </summary>
    public void AddConfiguredSources(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var config = dir.Exists ? dir.EnumerateFiles().FirstOrDefault(f => f.Name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)) : null;
            if (config is null)
            {
                continue;
            }

            XElement? sources;
            try
            {
                sources = XDocument.Load(config.FullName).Root?.Element("packageSources");
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            foreach (var element in sources?.Elements() ?? [])
            {
                if (element.Name.LocalName == "add" && (string?)element.Attribute("value") is { Length: > 0 } value)
                {
                    if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && !uri.IsFile)
                    {
                        remoteSources.Add(value);
                    }
                    else
                    {
                        AddSource(Path.GetFullPath(value, dir.FullName));
                    }
                }
            }

            if (sources?.Element("clear") is not null)
            {
                return;
            }
        }
    }

    public void AddSource(string folder)
    {
        if (!folders.Contains(folder, StringComparer.Ordinal))
        {
            folders.Add(folder);
        }
    }

    /// <summary>Resolves a package and its dependencies; returns the assembly files to reference that were not referenced before.</summary>
    /// <exception cref="NotebookPackageException">The package or a dependency is not found.</exception>
    public IReadOnlyList<string> Resolve(string id, string? version)
    {
        var before = assemblies.ToDictionary(a => a.Key, a => a.Value.Path, StringComparer.OrdinalIgnoreCase);
        var wanted = version is null ? null : PackageVersion.TryParse(version)
            ?? throw new NotebookPackageException($"'{version}' is not a package version (in #r \"nuget: {id}, {version}\")");
        Add(id, wanted, exact: wanted is not null, neededBy: null);
        return assemblies.Where(a => !before.TryGetValue(a.Key, out var p) || p != a.Value.Path).Select(a => a.Value.Path).ToArray();
    }

    private void Add(string id, PackageVersion? version, bool exact, string? neededBy)
    {
        if (resolved.TryGetValue(id, out var existing))
        {
            if (exact && !existing.Equals(version))
            {
                throw new NotebookPackageException($"package '{id}' {existing} is already referenced; version {version} cannot be added in the same run");
            }

            return;
        }

        var candidates = Candidates(id).ToList();
        var chosen = version is null
            ? candidates.OrderByDescending(c => c.Version).FirstOrDefault()
            : exact
                ? candidates.FirstOrDefault(c => c.Version.Equals(version))
                : candidates.Where(c => c.Version.CompareTo(version) >= 0).OrderBy(c => c.Version).FirstOrDefault();
        if (chosen is null && neededBy is null && Bundled(id, version, exact) is { } bundled)
        {
            resolved[id] = bundled;
            Notes.Add($"package '{id}' was not found in the package sources; using version {bundled} that comes with this program");
            return;
        }

        if (chosen is null)
        {
            var what = version is null ? $"package '{id}'" : $"package '{id}' version {(exact ? string.Empty : ">= ")}{version}";
            var by = neededBy is null ? string.Empty : $" (needed by {neededBy})";
            var where = folders.Count == 0 && GlobalPackagesFolder() is null
                ? "no package folder is known: add '#i \"nuget: <folder>\"' or pass a local package folder"
                : "searched " + string.Join(", ", folders.Append(GlobalPackagesFolder() ?? string.Empty).Where(f => f.Length > 0));
            var remote = remoteSources.Count == 0 ? string.Empty
                : "; NuGet.config also names " + string.Join(", ", remoteSources) + ", which notebooks do not download from: restore the package with dotnet (it then comes from the global packages folder) or put its .nupkg into a local folder";
            throw new NotebookPackageException($"{what}{by} was not found; {where}{remote}");
        }

        resolved[id] = chosen.Version;
        var root = chosen.Folder ?? Extract(id, chosen);
        var nuspec = Directory.EnumerateFiles(root, "*.nuspec").FirstOrDefault();
        var libFolder = BestFolder(Path.Combine(root, "lib"));
        if (libFolder is not null)
        {
            foreach (var dll in Directory.EnumerateFiles(libFolder, "*.dll"))
            {
                Reference(dll);
            }
        }

        if (nuspec is not null)
        {
            // Packages that the shared framework already provides are pruned, as the .NET 10 SDK's restore does.
            foreach (var (depId, depRange) in Dependencies(nuspec).Where(d => !FrameworkAssemblies.Contains(d.Id)))
            {
                Add(depId, PackageVersion.MinimumOf(depRange), exact: false, neededBy: $"{id} {chosen.Version}");
            }
        }
    }

    /// <summary>
    /// References this program's own copy of a Personas package and the assemblies it needs from the same folder, when
    /// the version fits; returns that version, or null.
    /// </summary>
    private PackageVersion? Bundled(string id, PackageVersion? version, bool exact)
    {
        var folder = AppContext.BaseDirectory;
        var file = Path.Combine(folder, id + ".dll");
        if (!BundledIds.Contains(id, StringComparer.OrdinalIgnoreCase) || !File.Exists(file)
            || PackageVersion.TryParse((FileVersionInfo.GetVersionInfo(file).ProductVersion ?? "0.0.0").Split('+')[0]) is not { } own
            || (version is not null && (exact ? !own.Equals(version) : own.CompareTo(version) < 0)))
        {
            return null;
        }

        var pending = new Queue<string>([file]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { file };
        while (pending.TryDequeue(out var next))
        {
            Reference(next);
            using var pe = new PEReader(File.OpenRead(next));
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                var dependency = Path.Combine(folder, name + ".dll");
                if (!FrameworkAssemblies.Contains(name) && File.Exists(dependency) && seen.Add(dependency))
                {
                    pending.Enqueue(dependency);
                }
            }
        }

        return own;
    }

    private void Reference(string dll)
    {
        var name = Path.GetFileNameWithoutExtension(dll);
        if (FrameworkAssemblies.Contains(name))
        {
            return;
        }

        Version assemblyVersion;
        try
        {
            assemblyVersion = AssemblyName.GetAssemblyName(dll).Version ?? new Version();
        }
        catch (BadImageFormatException)
        {
            return;
        }

        if (!assemblies.TryGetValue(name, out var existing) || existing.Version < assemblyVersion)
        {
            assemblies[name] = (assemblyVersion, dll);
        }
    }

    private IEnumerable<Candidate> Candidates(string id)
    {
        var lower = id.ToLowerInvariant();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(folder, "*.nupkg", options))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (name.EndsWith(".symbols", StringComparison.OrdinalIgnoreCase) || !name.StartsWith(id + ".", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var rest = name[(id.Length + 1)..];
                if (rest.Length > 0 && char.IsDigit(rest[0]) && PackageVersion.TryParse(rest) is { } v)
                {
                    yield return new Candidate(v, file, null);
                }
            }
        }

        if (GlobalPackagesFolder() is { } global && Directory.Exists(Path.Combine(global, lower)))
        {
            foreach (var dir in Directory.EnumerateDirectories(Path.Combine(global, lower)))
            {
                if (PackageVersion.TryParse(Path.GetFileName(dir)) is { } v && File.Exists(Path.Combine(dir, lower + ".nuspec")))
                {
                    yield return new Candidate(v, null, dir);
                }
            }
        }
    }

    private string Extract(string id, Candidate package)
    {
        string hash;
        using (var stream = File.OpenRead(package.Nupkg!))
        {
            hash = Convert.ToHexString(SHA256.HashData(stream))[..16].ToLowerInvariant();
        }

        var target = Path.Combine(cacheRoot, id.ToLowerInvariant(), package.Version.ToString(), hash);
        if (Directory.Exists(target))
        {
            return target;
        }

        var temp = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        Directory.CreateDirectory(temp);
        var tempRoot = Path.GetFullPath(temp) + Path.DirectorySeparatorChar;
        using (var zip = ZipFile.OpenRead(package.Nupkg!))
        {
            foreach (var entry in zip.Entries)
            {
                var name = Uri.UnescapeDataString(entry.FullName).Replace('\\', '/');
                var wanted = name.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) || (!name.Contains('/', StringComparison.Ordinal) && name.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
                var destination = Path.GetFullPath(Path.Combine(temp, name));
                if (!wanted || name.EndsWith('/') || !destination.StartsWith(tempRoot, StringComparison.Ordinal))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                entry.ExtractToFile(destination, overwrite: true);
            }
        }

        try
        {
            Directory.Move(temp, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(temp, recursive: true);
        }

        return target;
    }

    private static string? BestFolder(string lib) =>
        !Directory.Exists(lib) ? null : Directory.EnumerateDirectories(lib)
            .Select(d => (Dir: d, Rank: TargetFrameworks.Rank(Path.GetFileName(d))))
            .Where(d => d.Rank > 0).OrderByDescending(d => d.Rank).Select(d => d.Dir).FirstOrDefault();

    private static IEnumerable<(string Id, string Range)> Dependencies(string nuspec)
    {
        var doc = XDocument.Load(nuspec);
        var deps = doc.Descendants().FirstOrDefault(e => e.Name.LocalName == "dependencies");
        if (deps is null)
        {
            return [];
        }

        var groups = deps.Elements().Where(e => e.Name.LocalName == "group").ToList();
        var chosen = groups.Count == 0 ? deps : groups
            .Select(g => (Group: g, Rank: TargetFrameworks.Rank((string?)g.Attribute("targetFramework"))))
            .Where(g => g.Rank >= 0).OrderByDescending(g => g.Rank).Select(g => g.Group).FirstOrDefault();
        return chosen is null ? [] : chosen.Elements().Where(e => e.Name.LocalName == "dependency")
            .Where(e => !((string?)e.Attribute("exclude") ?? string.Empty).Contains("Compile", StringComparison.OrdinalIgnoreCase))
            .Select(e => ((string?)e.Attribute("id") ?? string.Empty, (string?)e.Attribute("version") ?? "0.0.0"))
            .Where(d => d.Item1.Length > 0).ToList();
    }

    private static string? GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".nuget", "packages");
    }

    private static HashSet<string> ListFrameworkAssemblies()
    {
        var dir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (dir is not null)
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.dll"))
            {
                names.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        return names;
    }

    private sealed record Candidate(PackageVersion Version, string? Nupkg, string? Folder);
}
