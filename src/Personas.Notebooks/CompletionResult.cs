namespace Personas.Notebooks;

/// <summary>Completions for a cursor position: the names, and the text range (UTF-16 offsets) they replace.</summary>
internal sealed record CompletionResult(IReadOnlyList<CompletionItem> Matches, int Start, int End);
