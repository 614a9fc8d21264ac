using FsCheck;
using FsCheck.Fluent;
using Personas.Model;

namespace Personas.Tests.Model;

public class HungarianTests
{
    [Fact]
    public void Solve_WikipediaWorkersExample_GivesPublishedOptimum()
    {
        // Wikipedia, "Hungarian algorithm", worked example: Alice, Bob, Dora x clean bathroom, sweep floors, wash windows.
        // Published optimum: Alice cleans the bathroom, Bob washes the windows, Dora sweeps the floors, total 15.
        var cost = new double[,] { { 8, 4, 7 }, { 5, 2, 3 }, { 9, 4, 8 } };
        var a = Hungarian.Solve(cost);
        Assert.Equal([0, 2, 1], a);
        Assert.Equal(15, Total(cost, a));
    }

    [Fact]
    public void Solve_HungarianAlgorithmDotComExample_GivesPublishedOptimum()
    {
        // hungarianalgorithm.com worked example (4 workers x 4 jobs); published optimum 140 = 69 + 37 + 11 + 23.
        var cost = new double[,] { { 82, 83, 69, 92 }, { 77, 37, 49, 92 }, { 11, 69, 5, 86 }, { 8, 9, 98, 23 } };
        var a = Hungarian.Solve(cost);
        Assert.Equal([2, 1, 0, 3], a);
        Assert.Equal(140, Total(cost, a));
    }

    [Fact]
    public void Solve_MoreRowsThanColumns_LeavesTheCostliestRowOut()
    {
        var cost = new double[,] { { 1, 9 }, { 9, 1 }, { 5, 5 } };
        Assert.Equal([0, 1, -1], Hungarian.Solve(cost));
    }

    [Fact]
    public void Solve_NonFiniteCost_Throws()
    {
        Assert.Throws<ArgumentException>(() => Hungarian.Solve(new double[,] { { double.NaN } }));
    }

    [Fact]
    public void Solve_RandomMatrices_MatchesBruteForce()
    {
        var gen = from rows in Gen.Choose(1, 5)
                  from cols in Gen.Choose(1, 5)
                  from values in Gen.ArrayOf(Gen.Choose(0, 20), rows * cols)
                  select (rows, cols, values);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var cost = new double[t.rows, t.cols];
            for (var i = 0; i < t.rows; i++)
            {
                for (var j = 0; j < t.cols; j++)
                {
                    cost[i, j] = t.values[(i * t.cols) + j];
                }
            }

            var a = Hungarian.Solve(cost);
            var distinct = a.Where(j => j >= 0).Distinct().Count() == a.Count(j => j >= 0);
            return distinct && a.Count(j => j >= 0) == Math.Min(t.rows, t.cols) && Total(cost, a) == BruteForce(cost);
        }).QuickCheckThrowOnFailure();
    }

    private static double Total(double[,] cost, int[] a) => a.Select((j, i) => j >= 0 ? cost[i, j] : 0).Sum();

    private static double BruteForce(double[,] cost)
    {
        int rows = cost.GetLength(0), cols = cost.GetLength(1);
        var best = double.PositiveInfinity;
        void Go(int i, bool[] used, double sum, int assigned)
        {
            if (i == rows)
            {
                if (assigned == Math.Min(rows, cols))
                {
                    best = Math.Min(best, sum);
                }

                return;
            }

            if (rows - i - 1 >= Math.Min(rows, cols) - assigned)
            {
                Go(i + 1, used, sum, assigned); // leave row i out
            }

            for (var j = 0; j < cols; j++)
            {
                if (!used[j])
                {
                    used[j] = true;
                    Go(i + 1, used, sum + cost[i, j], assigned + 1);
                    used[j] = false;
                }
            }
        }

        Go(0, new bool[cols], 0, 0);
        return best;
    }
}
