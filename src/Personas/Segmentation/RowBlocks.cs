namespace Personas.Segmentation;

/// <summary>
/// Splits rows into fixed-size blocks (independent of the thread count) and runs a body per block, in parallel or not.
/// Callers keep one partial result per block and combine them in block order, so results never depend on the number
/// of threads.
/// </summary>
internal static class RowBlocks
{
    /// <summary>Rows per block.</summary>
    public const int Size = 8192;

    /// <summary>The number of blocks for <paramref name="rows"/> rows.</summary>
    public static int Count(int rows) => (rows + Size - 1) / Size;

    /// <summary>The row range of a block.</summary>
    public static (int Start, int End) Range(int block, int rows) => (block * Size, Math.Min(rows, (block + 1) * Size));

    /// <summary>Runs <paramref name="body"/> for every block.</summary>
    public static void For(int rows, int? maxDegreeOfParallelism, CancellationToken cancellationToken, Action<int> body)
    {
        var blocks = Count(rows);
        if (maxDegreeOfParallelism == 1 || blocks == 1)
        {
            for (var b = 0; b < blocks; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(b);
            }

            return;
        }

        var po = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        Parallel.For(0, blocks, po, body);
    }
}
