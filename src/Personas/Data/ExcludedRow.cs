namespace Personas.Data;

/// <summary>An input row that was not used, with where it was and why.</summary>
/// <param name="Line">The 1-based physical line number in the source (the header is line 1 for files).</param>
/// <param name="CustomerId">The row's customer id when it could be read, else null.</param>
/// <param name="Reason">Why the row was excluded, in words.</param>
public sealed record ExcludedRow(long Line, string? CustomerId, string Reason);
