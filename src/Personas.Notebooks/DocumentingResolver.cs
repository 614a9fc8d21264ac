using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Personas.Notebooks;

/// <summary>Resolves <c>#r "file.dll"</c> as scripts do, and attaches the XML documentation beside the file (for inspection).</summary>
internal sealed class DocumentingResolver(ScriptMetadataResolver resolver) : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver inner = resolver;

    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        inner.ResolveReference(reference, baseFilePath, properties)
            .Select(r => r.FilePath is { } path && XmlDocs.Beside(path) is { } docs ? MetadataReference.CreateFromFile(path, r.Properties, docs) : r)
            .ToImmutableArray();

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => other is DocumentingResolver d && d.inner.Equals(inner);

    public override int GetHashCode() => inner.GetHashCode();
}
