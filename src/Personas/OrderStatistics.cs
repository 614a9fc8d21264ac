using System.Numerics;

namespace Personas;

/// <summary>Order statistics by selection (O(n), never quadratic), shared by feature statistics, profiling and journey timings.</summary>
internal static class OrderStatistics
{
    /// <summary>
    /// Puts the element of rank <paramref name="rank"/> (0-based, ascending) at that index, smaller-or-equal values
    /// before and greater-or-equal after, and returns it. Quickselect with a median-of-three pivot; after 2 log2(n)
    /// rounds the remaining range is sorted, so the worst case is O(n log n), never quadratic.
    /// </summary>
    public static T Select<T>(Span<T> values, int rank)
        where T : IComparisonOperators<T, T, bool>
    {
        int left = 0, right = values.Length - 1;
        var budget = 2 * (BitOperations.Log2((uint)values.Length) + 1);
        while (right > left)
        {
            if (budget-- == 0)
            {
                values[left..(right + 1)].Sort();
                break;
            }

            var mid = left + ((right - left) / 2);
            if (values[mid] < values[left])
            {
                (values[mid], values[left]) = (values[left], values[mid]);
            }

            if (values[right] < values[left])
            {
                (values[right], values[left]) = (values[left], values[right]);
            }

            if (values[right] < values[mid])
            {
                (values[right], values[mid]) = (values[mid], values[right]);
            }

            var pivot = values[mid];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                right = j;
            }
            else if (rank >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[rank];
    }
}
