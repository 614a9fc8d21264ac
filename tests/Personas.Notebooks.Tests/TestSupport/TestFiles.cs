namespace Personas.Notebooks.Tests.TestSupport;

/// <summary>Test data paths and scratch folders.</summary>
internal static class TestFiles
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>A fresh folder; with <paramref name="preferMemory"/> on a RAM disk when there is one (fuzz tests write thousands of files).</summary>
    public static string NewScratchFolder(bool preferMemory = false)
    {
        var root = preferMemory && Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var dir = Path.Combine(root, "personas-notebooks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Copies a test notebook into a fresh folder (so runs never write next to the test data).</summary>
    public static string CopyToScratch(string name)
    {
        var dir = NewScratchFolder();
        var target = Path.Combine(dir, name);
        File.Copy(Data(name), target);
        return target;
    }
}
