namespace Personas.Model;

/// <summary>Two or more previous personas whose customers now mostly land in one current persona.</summary>
/// <param name="From">The previous personas that each sent at least <see cref="RefreshOptions.MergeMinShare"/> of their customers, by id.</param>
/// <param name="CurrentId">The current persona they landed in.</param>
public sealed record DriftMerge(IReadOnlyList<string> From, string CurrentId);
