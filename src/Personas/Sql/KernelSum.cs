namespace Personas.Sql;

/// <summary>
/// Writes a sum of squared differences in the exact order of <c>Kernels.SquaredDistance</c>: eight lanes accumulate
/// features i, i + 8, ...; the lanes fold into four (lane l plus lane l + 4); one block of four more features is added
/// lane-wise; the four lanes combine as <c>(l0 + l2) + (l1 + l3)</c>; the last features are added one by one. With every
/// addition rounded to a 32-bit float this reproduces the library's single-precision result bit for bit. Additions of a
/// lane that is still zero are left out: adding a non-negative square to zero is exact.
/// </summary>
internal static class KernelSum
{
    /// <param name="terms">The squared differences, in feature order.</param>
    /// <param name="add">Writes the rounded sum of two expressions.</param>
    /// <returns>The expression of the sum; <c>0</c> when there are no terms.</returns>
    public static string Write(IReadOnlyList<string> terms, Func<string, string, string> add)
    {
        string? Add(string? a, string? b) => a is null ? b : b is null ? a : add(a, b);

        var n = terms.Count;
        var i = 0;
        var lanes = new string?[8];
        for (; i <= n - 8; i += 8)
        {
            for (var l = 0; l < 8; l++)
            {
                lanes[l] = Add(lanes[l], terms[i + l]);
            }
        }

        var four = new string?[4];
        for (var l = 0; l < 4; l++)
        {
            four[l] = Add(lanes[l], lanes[l + 4]);
        }

        if (i <= n - 4)
        {
            for (var l = 0; l < 4; l++)
            {
                four[l] = Add(four[l], terms[i + l]);
            }

            i += 4;
        }

        var sum = Add(Add(four[0], four[2]), Add(four[1], four[3]));
        for (; i < n; i++)
        {
            sum = Add(sum, terms[i]);
        }

        return sum ?? "0";
    }
}
