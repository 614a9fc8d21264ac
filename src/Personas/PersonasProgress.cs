namespace Personas;

/// <summary>Progress of a long operation: which stage is running and how far it is.</summary>
/// <param name="Stage">The stage name, for example <c>fit k=4</c>.</param>
/// <param name="Fraction">How far the stage is, from 0 to 1.</param>
public readonly record struct PersonasProgress(string Stage, double Fraction);
