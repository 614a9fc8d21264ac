namespace Personas.Notebooks;

/// <summary>What inspection found under the cursor: the signature(s) and the documentation summary, when there is one.</summary>
internal sealed record Inspection(string Signature, string? Summary)
{
    /// <summary>Signature, then summary, as plain text.</summary>
    public string Text => Summary is null ? Signature : Signature + "\n\n" + Summary;

    /// <summary>The same as Markdown (the signature as a C# code block).</summary>
    public string Markdown => "```csharp\n" + Signature + "\n```" + (Summary is null ? string.Empty : "\n\n" + Summary);
}
