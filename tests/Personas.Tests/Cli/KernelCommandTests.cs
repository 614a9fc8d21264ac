using System.Text.Json;
using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>'personas kernel install|uninstall|list|run' and 'notebook run --no-code': each option changes the outcome.</summary>
public class KernelCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => BuildCommandTests.Run(args);

    [Fact]
    public void KernelInstall_Prefix_WritesAKernelspecThatStartsThisInstallation()
    {
        var prefix = Paths.NewTempDir();

        var (code, stdout, stderr) = Run("kernel", "install", "--prefix", prefix);

        Assert.True(code == 0, stderr);
        var folder = Path.Combine(prefix, "share", "jupyter", "kernels", "personas");
        Assert.Contains(folder, stdout, StringComparison.Ordinal);
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")));
        var argv = spec.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!).ToArray();
        Assert.Equal(Environment.ProcessPath, argv[0]);
        Assert.Equal(["kernel", "run", "--connection-file", "{connection_file}"], argv[^4..]);
        Assert.Equal("C# (Personas)", spec.RootElement.GetProperty("display_name").GetString());
    }

    [Fact]
    public void KernelInstall_Name_ChangesTheFolder_AndUninstallRemovesIt()
    {
        var prefix = Paths.NewTempDir();

        Assert.Equal(0, Run("kernel", "install", "--prefix", prefix, "--name", "personas-q3").Code);
        var folder = Path.Combine(prefix, "share", "jupyter", "kernels", "personas-q3");
        Assert.True(File.Exists(Path.Combine(folder, "kernel.json")));

        var (code, stdout, _) = Run("kernel", "uninstall", "--prefix", prefix, "--name", "personas-q3");
        Assert.Equal(0, code);
        Assert.Contains("removed kernelspec 'personas-q3'", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        Assert.Equal(CliApp.BadData, Run("kernel", "uninstall", "--prefix", prefix, "--name", "personas-q3").Code);
    }

    [Theory]
    [InlineData("--user", "--prefix")]
    [InlineData("--sys-prefix", "--user")]
    public void KernelInstall_TwoPlaces_IsAUsageError(string first, string second)
    {
        var args = new List<string> { "kernel", "install", first };
        if (first == "--prefix")
        {
            args.Add(Paths.NewTempDir());
        }

        args.Add(second);
        if (second == "--prefix")
        {
            args.Add(Paths.NewTempDir());
        }

        var (code, _, stderr) = Run([.. args]);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("choose one place", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KernelInstall_BadName_IsAUsageError()
    {
        var (code, _, stderr) = Run("kernel", "install", "--prefix", Paths.NewTempDir(), "--name", "../escape");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("not a valid kernel name", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KernelList_ExitsZero()
    {
        var (code, stdout, stderr) = Run("kernel", "list");
        Assert.True(code == 0, stderr);
        Assert.True(stdout.Contains("Available kernels:", StringComparison.Ordinal) || stdout.Contains("no kernelspecs found", StringComparison.Ordinal), stdout);
    }

    [Fact]
    public void KernelRun_MissingConnectionFile_ExitsOneNamingIt()
    {
        var missing = Path.Combine(Paths.NewTempDir(), "kernel-missing.json");
        var (code, _, stderr) = Run("kernel", "run", "--connection-file", missing);
        Assert.Equal(CliApp.BadData, code);
        Assert.Contains("kernel-missing.json", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NotebookRun_NoCode_HidesTheCodeInThePage()
    {
        var dir = Paths.NewTempDir();
        var notebook = Path.Combine(dir, "n.ipynb");
        File.WriteAllText(notebook, """
            {"cells":[{"cell_type":"markdown","metadata":{},"source":["# Title"]},
              {"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":["var secretCode = 40;\n","secretCode + 2"]}],
             "metadata":{},"nbformat":4,"nbformat_minor":4}
            """);

        var (withCode, _, e1) = Run("notebook", "run", notebook, "--out", Path.Combine(dir, "a.ipynb"), "--html", Path.Combine(dir, "a.html"));
        var (noCode, _, e2) = Run("notebook", "run", notebook, "--out", Path.Combine(dir, "b.ipynb"), "--html", Path.Combine(dir, "b.html"), "--no-code");

        Assert.True(withCode == 0, e1);
        Assert.True(noCode == 0, e2);
        Assert.Contains("secretCode", File.ReadAllText(Path.Combine(dir, "a.html")), StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(dir, "b.html"));
        Assert.DoesNotContain("secretCode", page, StringComparison.Ordinal);
        Assert.Contains("<pre>42</pre>", page, StringComparison.Ordinal);
        Assert.Equal(CliApp.UsageError, Run("notebook", "run", notebook, "--out", Path.Combine(dir, "c.ipynb"), "--no-code").Code);
    }
}
