using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Personas.Kernel.Tests.TestSupport;

/// <summary>Jupyter's own clients from Debian (python3-jupyter-client, python3-nbclient, jupyter-nbconvert), run as /usr/bin/python3.</summary>
internal static class Jupyter
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> HasClient = new(() => Has("jupyter_client"));
    private static readonly Lazy<bool> HasNbclient = new(() => Has("nbclient") && Has("nbconvert"));

    public static bool ClientAvailable => HasClient.Value;

    public static bool NbclientAvailable => HasNbclient.Value;

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedData(string relativePath) => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "datasets", relativePath));

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Scripts", name);

    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "personas-kernel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs a Python script with arguments and environment; returns exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) RunPython(string script, IEnumerable<string> args, IDictionary<string, string>? env = null, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Path.GetTempPath() };
        psi.ArgumentList.Add(script);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            return (-1, stdout.Result, stderr.Result + $"\n(timed out after {timeoutSeconds} s)");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Writes a connection file with five free localhost ports and a fresh key.</summary>
    public static (string Path, ConnectionInfo Info) NewConnectionFile(string dir)
    {
        var ports = FreePorts(5);
        var key = Guid.NewGuid().ToString();
        var json = new JsonObject
        {
            ["ip"] = "127.0.0.1",
            ["transport"] = "tcp",
            ["shell_port"] = ports[0],
            ["iopub_port"] = ports[1],
            ["stdin_port"] = ports[2],
            ["control_port"] = ports[3],
            ["hb_port"] = ports[4],
            ["key"] = key,
            ["signature_scheme"] = "hmac-sha256",
            ["kernel_name"] = "personas",
        };
        var path = System.IO.Path.Combine(dir, "kernel-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        File.WriteAllText(path, json.ToJsonString());
        return (path, ConnectionInfo.Load(path));
    }

    private static int[] FreePorts(int n)
    {
        var listeners = Enumerable.Range(0, n).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var l in listeners)
        {
            l.Start();
        }

        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners)
        {
            l.Stop();
        }

        return ports;
    }

    private static bool Has(string module)
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import " + module);
        using var p = Process.Start(psi)!;
        p.WaitForExit(60_000);
        return p.ExitCode == 0;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Personas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs Debian's python3-jupyter-client; skipped with the reason when it is absent (.ci/run installs it).</summary>
public sealed class JupyterClientFactAttribute : FactAttribute
{
    public JupyterClientFactAttribute()
    {
        if (!Jupyter.ClientAvailable)
        {
            Skip = "Jupyter's client is not installed: apt-get install -y python3-jupyter-client (.ci/run installs it)";
        }
    }
}

/// <summary>A fact that needs Debian's python3-nbclient and jupyter-nbconvert; skipped with the reason when they are absent (.ci/run installs them).</summary>
public sealed class NbclientFactAttribute : FactAttribute
{
    public NbclientFactAttribute()
    {
        if (!Jupyter.NbclientAvailable)
        {
            Skip = "nbclient/nbconvert are not installed: apt-get install -y python3-nbclient jupyter-nbconvert (.ci/run installs them)";
        }
    }
}

/// <summary>A theory that needs Debian's python3-nbclient and jupyter-nbconvert; skipped with the reason when they are absent.</summary>
public sealed class NbclientTheoryAttribute : TheoryAttribute
{
    public NbclientTheoryAttribute()
    {
        if (!Jupyter.NbclientAvailable)
        {
            Skip = "nbclient/nbconvert are not installed: apt-get install -y python3-nbclient jupyter-nbconvert (.ci/run installs them)";
        }
    }
}

/// <summary>A fact that needs nbclient and a file of ../shared/datasets; skipped with the reason when either is absent (CI has both).</summary>
public sealed class SharedDataNbclientFactAttribute : FactAttribute
{
    public SharedDataNbclientFactAttribute(string relativePath)
    {
        if (!Jupyter.NbclientAvailable)
        {
            Skip = "nbclient/nbconvert are not installed: apt-get install -y python3-nbclient jupyter-nbconvert (.ci/run installs them)";
        }
        else if (!File.Exists(Jupyter.SharedData(relativePath)))
        {
            Skip = "../shared/datasets/" + relativePath + " is absent (CI has it)";
        }
    }

    /// <summary>Also needs headless Chromium (the test measures the notebook's HTML export).</summary>
    public bool Chromium
    {
        get => field;
        set
        {
            field = value;
            if (value && Skip is null)
            {
                Skip = Personas.Testing.RenderedText.SkipReason;
            }
        }
    }
}

/// <summary>A theory that needs nbclient/nbconvert and headless Chromium; skipped with the reason when one is absent (.ci/run installs them).</summary>
public sealed class ChromiumNbclientTheoryAttribute : TheoryAttribute
{
    public ChromiumNbclientTheoryAttribute()
    {
        Skip = Jupyter.NbclientAvailable
            ? Personas.Testing.RenderedText.SkipReason
            : "nbclient/nbconvert are not installed: apt-get install -y python3-nbclient jupyter-nbconvert (.ci/run installs them)";
    }
}
