namespace Personas.Display;

/// <summary>
/// Names the class that creates notebook formatters for the type it decorates. .NET Interactive (Polyglot/Jupyter .NET
/// kernels) finds this attribute by its name, so the library needs no reference to the kernel packages.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="formatterSourceType">A class with a parameterless constructor and a public <c>CreateTypeFormatters()</c>.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The formatter source class.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a kernel should prefer for the type (<c>text/html</c> first).</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
