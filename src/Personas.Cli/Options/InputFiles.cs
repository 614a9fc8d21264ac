namespace Personas.Cli.Options;

/// <summary>Checks input paths before any work, so a missing or unreadable file is one clear line (exit 1) naming the option and the path.</summary>
internal static class InputFiles
{
    /// <summary>The path, if it names a readable file.</summary>
    /// <exception cref="CliInputException">It does not exist, is a folder, or cannot be read.</exception>
    public static string Require(string path, string option)
    {
        var shown = SafeTerminalWriter.Neutralise(path);
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{option} {shown}: expected a file, found a folder");
        }

        if (!File.Exists(path))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            throw new CliInputException(folder is not null && !Directory.Exists(folder)
                ? $"{option} {shown}: no such file (the folder {SafeTerminalWriter.Neutralise(folder)} does not exist)"
                : $"{option} {shown}: no such file");
        }

        try
        {
            using var _ = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{option} {shown}: cannot be read ({e.Message})");
        }

        return path;
    }
}
