namespace Personas.Segmentation;

/// <summary>What one k-means fit needs from the options (<c>RestartSampleSize</c>: see <see cref="SegmentationOptions.RestartSampleSize"/>; 0 = restarts on all rows).</summary>
internal sealed record KMeansSettings(int K, int Seed, int Restarts, int MaxIterations, double Tolerance, KMeansAlgorithm Algorithm, KMeansEngine Engine, int? MaxDegreeOfParallelism, int RestartSampleSize = 0);
