namespace Personas.Model;

/// <summary>
/// The Hungarian algorithm (Kuhn-Munkres with potentials, O(n^2 m)) for the rectangular assignment problem:
/// pairs each row with a distinct column so that the total cost is minimal. Deterministic: ties go to the lowest
/// column index found first.
/// </summary>
internal static class Hungarian
{
    /// <summary>Solves the minimum-cost assignment.</summary>
    /// <param name="cost">A rows x columns cost matrix of finite values.</param>
    /// <returns>For each row the assigned column, or -1 when there are more rows than columns and the row is left out.</returns>
    /// <exception cref="ArgumentException">A cost is not finite.</exception>
    public static int[] Solve(double[,] cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var rows = cost.GetLength(0);
        var cols = cost.GetLength(1);
        foreach (var c in cost)
        {
            if (!double.IsFinite(c))
            {
                throw new ArgumentException("Every cost must be a finite number.", nameof(cost));
            }
        }

        if (rows == 0 || cols == 0)
        {
            return Enumerable.Repeat(-1, rows).ToArray();
        }

        if (rows <= cols)
        {
            return SolveWide(rows, cols, (i, j) => cost[i, j]);
        }

        // More rows than columns: solve the transpose and invert the pairing.
        var byColumn = SolveWide(cols, rows, (i, j) => cost[j, i]);
        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var j = 0; j < cols; j++)
        {
            result[byColumn[j]] = j;
        }

        return result;
    }

    /// <summary>The classic potentials formulation for n &lt;= m (1-based internally, index 0 is the virtual row/column).</summary>
    private static int[] SolveWide(int n, int m, Func<int, int, double> a)
    {
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];   // p[j]: the row matched to column j (0 = none)
        var way = new int[m + 1];
        var minv = new double[m + 1];
        var used = new bool[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Fill(used, false);
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = a(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var result = new int[n];
        for (var j = 1; j <= m; j++)
        {
            if (p[j] != 0)
            {
                result[p[j] - 1] = j - 1;
            }
        }

        return result;
    }
}
