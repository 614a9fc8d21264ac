namespace Personas.Model;

/// <summary>Which model a drift report compares against.</summary>
/// <param name="File">The previous model's file name, or null when it was not loaded from a file.</param>
/// <param name="Checksum">The previous model's checksum (<c>sha256:</c> + hex).</param>
/// <param name="CreatedAt">When the previous model was created.</param>
/// <param name="TrainingRows">How many customers the previous model was trained on.</param>
public sealed record DriftModelInfo(string? File, string Checksum, DateTimeOffset CreatedAt, int TrainingRows);
