namespace Personas.Model;

/// <summary>One persona as the drift analysis sees it: id, name, size, share, and per-feature mean and standard deviation in the previous model's feature space.</summary>
internal sealed record PersonaSnapshot(string Id, string Name, int Size, double Share, double[] Mean, double[] StandardDeviation);
