namespace Personas.Notebooks.Tests.TestSupport;

/// <summary>The shared datasets folder (../shared/datasets next to the clone: present in CI, absent in a user's clone).</summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Path(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "datasets", relative));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Personas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Personas.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs a file of ../shared/datasets; skips with a clear reason when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!File.Exists(SharedData.Path(relativePath)))
        {
            Skip = $"needs ../shared/datasets/{relativePath}, which is not present (it is in CI; a user's clone has no ../shared)";
        }
    }
}
