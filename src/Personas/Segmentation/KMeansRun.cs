namespace Personas.Segmentation;

/// <summary>The outcome of one k-means fit (best restart): centroids (k x d, row-major), labels, exact inertia.</summary>
internal sealed record KMeansRun(float[] Centroids, int[] Labels, double Inertia, int Iterations, bool Converged, int Relocations, int Restart);
