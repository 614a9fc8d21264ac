namespace Personas.Model;

/// <summary>The persona a customer record is assigned to, and how well it fits.</summary>
/// <param name="PersonaId">The persona's stable id (for example <c>P3</c>), or empty when the record could not be placed (non-finite features).</param>
/// <param name="PersonaName">The persona's name.</param>
/// <param name="Distance">The Euclidean distance from the record's feature vector to the persona's centroid, in feature space.</param>
/// <param name="Confidence">
/// How clearly the nearest persona wins, from 0 to 1: <c>1 - d1 / d2</c> where <c>d1</c> is the distance to the nearest
/// and <c>d2</c> to the second-nearest centroid. 0 means the record is exactly between two personas, 1 that it sits on
/// the centroid (or that the model has a single persona).
/// </param>
/// <param name="IsOutlier">
/// True when the record fits no persona well: its distance is beyond the 99th percentile of the training customers'
/// distances to the same persona's centroid.
/// </param>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public readonly record struct PersonaAssignment(string PersonaId, string PersonaName, float Distance, float Confidence, bool IsOutlier);
