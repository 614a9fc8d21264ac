namespace Personas.Notebooks;

/// <summary>Text of a given MIME type to show as a cell output (<c>text/html</c>, <c>text/markdown</c>, <c>image/svg+xml</c>).</summary>
/// <param name="MimeType">The MIME type.</param>
/// <param name="Content">The text.</param>
public sealed record DisplayContent(string MimeType, string Content);
