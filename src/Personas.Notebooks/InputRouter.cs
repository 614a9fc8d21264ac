namespace Personas.Notebooks;

/// <summary>Console input for a running cell comes from the front end (Jupyter's stdin channel); elsewhere from the original reader.</summary>
internal sealed class InputRouter(TextReader original) : TextReader
{
    private string? buffered;
    private int position;

    public override string? ReadLine()
    {
        if (CellContext.Current is not { } cell)
        {
            return original.ReadLine();
        }

        if (buffered is not null && position < buffered.Length)
        {
            var rest = buffered[position..].TrimEnd('\n');
            buffered = null;
            return rest;
        }

        return cell.ReadInput(string.Empty, password: false);
    }

    public override int Read()
    {
        if (CellContext.Current is not { } cell)
        {
            return original.Read();
        }

        if (buffered is null || position >= buffered.Length)
        {
            buffered = cell.ReadInput(string.Empty, password: false) + "\n";
            position = 0;
        }

        return buffered[position++];
    }

    public override int Peek() => CellContext.Current is null ? original.Peek() : buffered is not null && position < buffered.Length ? buffered[position] : -1;
}
