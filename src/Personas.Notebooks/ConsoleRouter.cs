using System.Text;

namespace Personas.Notebooks;

/// <summary>
/// Replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> once per process so that text written by a
/// running cell lands in that cell's outputs while everything else still reaches the original writer.
/// </summary>
internal sealed class ConsoleRouter(TextWriter original, string stream) : TextWriter
{
    private static readonly object Gate = new();
    private static TextWriter? installedOut;
    private static TextWriter? installedError;
    private static TextReader? installedIn;

    public override Encoding Encoding => original.Encoding;

    public static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(Console.Out, installedOut))
            {
                Console.SetOut(new ConsoleRouter(Console.Out, "stdout"));
                installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, installedError))
            {
                Console.SetError(new ConsoleRouter(Console.Error, "stderr"));
                installedError = Console.Error;
            }

            if (!ReferenceEquals(Console.In, installedIn))
            {
                Console.SetIn(new InputRouter(Console.In));
                installedIn = Console.In;
            }
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (CellContext.Current is { } cell)
        {
            cell.Write(stream, value);
        }
        else
        {
            original.Write(value);
        }
    }

    public override void WriteLine(string? value) => Write(value + CoreNewLineStr);

    public override void Flush()
    {
        if (CellContext.Current is null)
        {
            original.Flush();
        }
    }

    private string CoreNewLineStr => new(CoreNewLine);
}
