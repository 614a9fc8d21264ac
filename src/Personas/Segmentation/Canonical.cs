namespace Personas.Segmentation;

/// <summary>Canonical cluster order: largest first; equal sizes by centroid (feature by feature, ascending), then by original index.</summary>
internal static class Canonical
{
    public static (float[] Centroids, int[] Labels) Order(float[] centroids, int[] labels, int k, int d)
    {
        var sizes = new int[k];
        foreach (var l in labels)
        {
            sizes[l]++;
        }

        var order = Enumerable.Range(0, k).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = sizes[b].CompareTo(sizes[a]);
            for (var f = 0; c == 0 && f < d; f++)
            {
                c = centroids[(a * d) + f].CompareTo(centroids[(b * d) + f]);
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        var rank = new int[k];
        var sorted = new float[k * d];
        for (var r = 0; r < k; r++)
        {
            rank[order[r]] = r;
            Array.Copy(centroids, order[r] * d, sorted, r * d, d);
        }

        var relabeled = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            relabeled[i] = rank[labels[i]];
        }

        return (sorted, relabeled);
    }
}
