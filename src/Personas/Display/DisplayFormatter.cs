namespace Personas.Display;

/// <summary>One convention formatter: a MIME type and a <c>Format(object, TextWriter)</c> method the kernel calls by name.</summary>
internal sealed class DisplayFormatter
{
    private readonly Func<object, string?> _render;

    /// <summary>Creates the formatter.</summary>
    /// <param name="type">The type it formats.</param>
    /// <param name="mimeType">The MIME type it writes.</param>
    /// <param name="render">Renders a value, or returns null for a value it does not know.</param>
    public DisplayFormatter(Type type, string mimeType, Func<object, string?> render)
    {
        Type = type;
        MimeType = mimeType;
        _render = render;
    }

    /// <summary>The MIME type written.</summary>
    public string MimeType { get; }

    /// <summary>The formatted type.</summary>
    public Type Type { get; }

    /// <summary>Writes <paramref name="instance"/>.</summary>
    /// <param name="instance">The value.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns>True when the value was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = instance is null ? null : _render(instance);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}
