namespace Personas.Notebooks;

/// <summary>One completion: the text and what it names (method, property, variable, class, namespace, keyword...).</summary>
internal sealed record CompletionItem(string Text, string Kind);
