using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Personas.Notebooks;

/// <summary>The XML documentation file beside an assembly, read on first use, so that inspection can show summaries.</summary>
internal sealed class XmlDocs(string path) : DocumentationProvider
{
    private readonly Lazy<Dictionary<string, string>> members = new(() => Load(path));

    public static XmlDocs? Beside(string assemblyPath)
    {
        var xml = Path.ChangeExtension(assemblyPath, ".xml");
        return File.Exists(xml) ? new XmlDocs(xml) : null;
    }

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        members.Value.GetValueOrDefault(documentationMemberID);

    public override bool Equals(object? obj) => obj is XmlDocs other && other.path == path;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(path);

    private readonly string path = path;

    private static Dictionary<string, string> Load(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var member in XDocument.Load(path).Descendants("member"))
            {
                if ((string?)member.Attribute("name") is { } name)
                {
                    result[name] = member.ToString();
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            // A damaged documentation file only costs the summaries.
        }

        return result;
    }
}
