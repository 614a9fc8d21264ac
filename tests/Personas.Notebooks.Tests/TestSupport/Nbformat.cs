using System.Diagnostics;

namespace Personas.Notebooks.Tests.TestSupport;

/// <summary>Validates notebooks with the reference implementation: Debian's python3-nbformat (the nbformat v4 JSON schema).</summary>
internal static class Nbformat
{
    private const string Python = "/usr/bin/python3";
    private static readonly Lazy<bool> IsAvailable = new(() => Run("-c \"import nbformat\"", null).ExitCode == 0);

    public static bool Available => IsAvailable.Value;

    /// <summary>Returns null when the notebook is valid, else the validator's message.</summary>
    public static string? Validate(string path)
    {
        const string script = "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT); assert nb.nbformat == 4; nbformat.validate(nb, version=4); print('valid')";
        var (code, output) = Run("-c \"" + script + "\" \"" + path + "\"", null);
        return code == 0 && output.Contains("valid", StringComparison.Ordinal) ? null : output;
    }

    private static (int ExitCode, string Output) Run(string arguments, string? input)
    {
        if (!File.Exists(Python))
        {
            return (-1, "python3 not found");
        }

        var info = new ProcessStartInfo(Python, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>A fact that needs python3-nbformat (apt-get install -y python3-nbformat); skipped with a reason when it is absent.</summary>
public sealed class NbformatFactAttribute : FactAttribute
{
    public NbformatFactAttribute()
    {
        if (!Nbformat.Available)
        {
            Skip = "python3-nbformat is not installed (apt-get install -y python3-nbformat)";
        }
    }
}
