using System.Collections;

namespace Personas.Display;

/// <summary>The notebook formatters of the library's result types (the <see cref="TypeFormatterSourceAttribute"/> convention):
/// <c>text/html</c> and <c>text/plain</c> for each type the attribute decorates.</summary>
internal sealed class PersonasFormatterSource
{
    /// <summary>Called by the kernel (by name) to get the formatters.</summary>
    /// <returns>One formatter per MIME type.</returns>
    public IEnumerable CreateTypeFormatters() => DisplayText.Types
        .SelectMany(t => new object[]
        {
            new DisplayFormatter(t, DisplayText.HtmlMimeType, DisplayText.Html),
            new DisplayFormatter(t, DisplayText.PlainMimeType, DisplayText.Plain),
        })
        .ToArray();
}
