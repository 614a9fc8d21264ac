namespace Personas.Tests.TestSupport;

/// <summary>Locates the repository and the shared datasets folder (../shared next to the clone).</summary>
public static class Paths
{
    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Personas.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Personas.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Personas.sln.</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>data-samples/ in the repository.</summary>
    public static string DataSamples => Path.Combine(RepoRoot, "data-samples");

    /// <summary>../shared/datasets next to the repository (present in CI, absent in a user's clone).</summary>
    public static string SharedDatasets => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "datasets"));

    /// <summary>A file in the shared datasets.</summary>
    public static string Shared(string relative) => Path.Combine(SharedDatasets, relative);

    /// <summary>A fresh empty temporary directory.</summary>
    public static string NewTempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "personas-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}

/// <summary>A fact that needs ../shared/datasets; skips with a clear reason when it is absent (a user's clone).</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!File.Exists(Paths.Shared(relativePath)) && !Directory.Exists(Paths.Shared(relativePath)))
        {
            Skip = $"needs ../shared/datasets/{relativePath}, which is not present (it is in CI; a user's clone has no ../shared)";
        }
    }
}

/// <summary>A fact that needs Debian's headless Chromium at /usr/bin/chromium; skips with a reason when absent (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = Personas.Testing.RenderedText.ChromiumPath;

    public ChromiumFactAttribute()
    {
        Skip = Personas.Testing.RenderedText.SkipReason;
    }
}
