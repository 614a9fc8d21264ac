using System.Text.Json;
using Personas.Kernel.Tests.TestSupport;

namespace Personas.Kernel.Tests;

/// <summary>Kernelspec install, list and uninstall without Python; where Jupyter's own KernelSpecManager is installed, it must find what was written.</summary>
public sealed class KernelSpecsTests
{
    // The tests of this class set JUPYTER_PATH for this process; no other test class reads it in-process.
    private static T WithJupyterPath<T>(string path, Func<T> action)
    {
        var previous = Environment.GetEnvironmentVariable("JUPYTER_PATH");
        Environment.SetEnvironmentVariable("JUPYTER_PATH", path);
        try
        {
            return action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUPYTER_PATH", previous);
        }
    }

    private static InstalledKernelSpec InstallInto(string prefix, string name = KernelSpecs.DefaultName) =>
        KernelSpecs.Install(new KernelInstallOptions { Scope = KernelSpecScope.Prefix, Prefix = prefix, Name = name, Launcher = ["/opt/personas/personas"] });

    [Fact]
    public void Install_Prefix_WritesKernelJsonAndLogos_LikeJupyterKernelspecInstallPrefix()
    {
        var prefix = Jupyter.NewTempDir();

        var spec = InstallInto(prefix);

        var folder = Path.Combine(prefix, "share", "jupyter", "kernels", "personas");
        Assert.Equal(folder, spec.Folder);
        Assert.True(File.Exists(Path.Combine(folder, "logo-64x64.png")));
        Assert.True(File.Exists(Path.Combine(folder, "logo-32x32.png")));
        Assert.True(File.Exists(Path.Combine(folder, "logo-svg.svg")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")));
        var root = json.RootElement;
        Assert.Equal(["/opt/personas/personas", "kernel", "run", "--connection-file", "{connection_file}"], root.GetProperty("argv").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("C# (Personas)", root.GetProperty("display_name").GetString());
        Assert.Equal("csharp", root.GetProperty("language").GetString());
        Assert.Equal("message", root.GetProperty("interrupt_mode").GetString());
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(folder)!), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void Install_Twice_ReplacesTheKernelspec()
    {
        var prefix = Jupyter.NewTempDir();
        InstallInto(prefix);
        File.WriteAllText(Path.Combine(prefix, "share", "jupyter", "kernels", "personas", "stale.txt"), "old");

        InstallInto(prefix);

        Assert.False(File.Exists(Path.Combine(prefix, "share", "jupyter", "kernels", "personas", "stale.txt")));
    }

    [Fact]
    public void List_HonoursJupyterPath_AndFindsTheInstalledKernel()
    {
        var prefix = Jupyter.NewTempDir();
        InstallInto(prefix, "personas-test");

        var specs = WithJupyterPath(Path.Combine(prefix, "share", "jupyter"), KernelSpecs.List);

        var spec = Assert.Single(specs, s => s.Name == "personas-test");
        Assert.True(spec.IsPersonas);
        Assert.Equal("csharp", spec.Language);
        Assert.Equal(Path.Combine(prefix, "share", "jupyter", "kernels", "personas-test"), spec.Folder);
    }

    [Fact]
    public void Uninstall_RemovesThePersonasKernelspec_ThenFindsNothing()
    {
        var prefix = Jupyter.NewTempDir();
        InstallInto(prefix, "personas-gone");
        var data = Path.Combine(prefix, "share", "jupyter");

        var removed = WithJupyterPath(data, () => KernelSpecs.Uninstall("personas-gone"));
        var again = WithJupyterPath(data, () => KernelSpecs.Uninstall("personas-gone"));

        Assert.NotNull(removed);
        Assert.False(Directory.Exists(removed.Folder));
        Assert.Null(again);
    }

    [Fact]
    public void Uninstall_ForeignKernelspec_IsRefused()
    {
        var prefix = Jupyter.NewTempDir();
        var python = Path.Combine(prefix, "share", "jupyter", "kernels", "python3");
        Directory.CreateDirectory(python);
        File.WriteAllText(Path.Combine(python, "kernel.json"), """{"argv": ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "display_name": "Python 3", "language": "python"}""");

        var e = Assert.Throws<InvalidOperationException>(() => KernelSpecs.Uninstall("python3", KernelSpecScope.Prefix, prefix));

        Assert.Contains("was not installed by personas", e.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(python, "kernel.json")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("with space")]
    [InlineData("")]
    public void Install_BadName_IsRefused(string name)
    {
        var prefix = Jupyter.NewTempDir();
        Assert.Throws<ArgumentException>(() => InstallInto(prefix, name));
        Assert.False(Directory.Exists(Path.Combine(prefix, "share", "jupyter", "kernels", "escape")));
    }

    [Fact]
    public void Install_PrefixScopeWithoutFolder_IsAUsageError()
    {
        var e = Assert.Throws<ArgumentException>(() => KernelSpecs.Install(new KernelInstallOptions { Scope = KernelSpecScope.Prefix, Launcher = ["x"] }));
        Assert.Contains("--prefix", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_UserScope_HonoursJupyterDataDir()
    {
        var data = Jupyter.NewTempDir();
        var previous = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", data);
        try
        {
            var spec = KernelSpecs.Install(new KernelInstallOptions { Launcher = ["x"] });
            Assert.Equal(Path.Combine(data, "kernels", "personas"), spec.Folder);
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", previous);
        }
    }

    [Fact]
    public void Commands_PrintWhatTheyDid_ListMarksPersonasKernels()
    {
        var prefix = Jupyter.NewTempDir();
        using var output = new StringWriter();
        var options = new KernelInstallOptions { Scope = KernelSpecScope.Prefix, Prefix = prefix, Name = "personas-cli", Launcher = ["/opt/my tools/personas"] };

        KernelCommands.Install(options, output);
        WithJupyterPath(Path.Combine(prefix, "share", "jupyter"), () => KernelCommands.List(output));
        var removed = KernelCommands.Uninstall("personas-cli", KernelSpecScope.Prefix, prefix, output);
        var again = KernelCommands.Uninstall("personas-cli", KernelSpecScope.Prefix, prefix, output);

        var text = output.ToString();
        Assert.Contains($"installed kernelspec 'personas-cli' (C# (Personas)) in {Path.Combine(prefix, "share", "jupyter", "kernels", "personas-cli")}", text, StringComparison.Ordinal);
        Assert.Contains("it starts: \"/opt/my tools/personas\" kernel run --connection-file {connection_file}", text, StringComparison.Ordinal);
        Assert.Contains("Available kernels:", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  personas-cli\s+\S+personas-cli  \(personas\)", text);
        Assert.True(removed);
        Assert.False(again);
        Assert.Contains("no kernelspec 'personas-cli' found in ", text, StringComparison.Ordinal);
    }

    [JupyterClientFact]
    public void Install_Prefix_IsFoundByJupyterKernelSpecManager()
    {
        var prefix = Jupyter.NewTempDir();
        InstallInto(prefix);
        const string script = "import json, sys\nfrom jupyter_client.kernelspec import KernelSpecManager\nm = KernelSpecManager()\nspec = m.get_kernel_spec('personas')\nprint(json.dumps({'dirs': m.find_kernel_specs(), 'argv': spec.argv, 'display_name': spec.display_name, 'language': spec.language, 'interrupt_mode': spec.interrupt_mode}))\n";
        var file = Path.Combine(prefix, "check.py");
        File.WriteAllText(file, script);

        var (code, stdout, stderr) = Jupyter.RunPython(file, [], new Dictionary<string, string> { ["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter") });

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(Path.Combine(prefix, "share", "jupyter", "kernels", "personas"), json.RootElement.GetProperty("dirs").GetProperty("personas").GetString());
        Assert.Equal("C# (Personas)", json.RootElement.GetProperty("display_name").GetString());
        Assert.Equal("csharp", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("message", json.RootElement.GetProperty("interrupt_mode").GetString());
        Assert.Equal("{connection_file}", json.RootElement.GetProperty("argv").EnumerateArray().Last().GetString());
    }
}
