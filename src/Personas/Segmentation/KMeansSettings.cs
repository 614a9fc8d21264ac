namespace Personas.Segmentation;

/// <summary>What one k-means fit needs from the options.</summary>
internal sealed record KMeansSettings(int K, int Seed, int Restarts, int MaxIterations, double Tolerance, KMeansAlgorithm Algorithm, KMeansEngine Engine, int? MaxDegreeOfParallelism);
