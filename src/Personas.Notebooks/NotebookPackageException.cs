namespace Personas.Notebooks;

/// <summary>A <c>#r "nuget: ..."</c> reference that cannot be resolved; reported as the failing cell's error.</summary>
internal sealed class NotebookPackageException(string message) : Exception(message);
