namespace Personas.Notebooks.Tests;

public sealed class ValueFormatterTests
{
    [Fact]
    public void Format_TypeWithConventionFormatters_GivesHtmlAndPlainText()
    {
        var bundle = ValueFormatter.Format(new Persona("Budget <Bea>"));

        Assert.Equal(["text/html", "text/plain"], bundle.Select(b => b.Key));
        Assert.Equal("<b>Budget &lt;Bea&gt;</b>", bundle[0].Value);
        Assert.Equal("persona Budget <Bea>", bundle[1].Value);
    }

    [Fact]
    public void Format_DerivedType_UsesTheBaseTypesFormatters_AndSkipsFormattersForOtherTypes()
    {
        var bundle = ValueFormatter.Format(new VipPersona("Vic"));

        Assert.Equal("<b>Vic</b>", bundle[0].Value);
    }

    [Theory]
    [InlineData(null, "<null>")]
    [InlineData(1.5, "1.5")]
    [InlineData("text", "text")]
    public void Format_SimpleValues_ArePlainInvariantText(object? value, string text)
    {
        Assert.Equal([new KeyValuePair<string, string>("text/plain", text)], ValueFormatter.Format(value));
    }

    [Fact]
    public void Format_Sequences_ListTheirItems_UpToALimit()
    {
        Assert.Equal("[0.5, 2, 3]", ValueFormatter.Format(new List<double> { 0.5, 2, 3 }).Single().Value);
        Assert.Equal("[a, b]", ValueFormatter.Format(new[] { "a", "b" }).Single().Value);
        var many = ValueFormatter.Format(Enumerable.Range(0, 500)).Single().Value;
        Assert.EndsWith("98, 99, ...]", many, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayOutsideARun_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => 42.Display());
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
    internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
    {
        public Type FormatterSourceType { get; } = formatterSourceType;

        public string[]? PreferredMimeTypes { get; set; }
    }

    [TypeFormatterSource(typeof(PersonaFormatterSource), PreferredMimeTypes = ["text/html"])]
    internal class Persona(string name)
    {
        public string Name { get; } = name;
    }

    internal sealed class VipPersona(string name) : Persona(name);

    internal sealed class PersonaFormatterSource
    {
        public System.Collections.IEnumerable CreateTypeFormatters() =>
            new object[] { new HtmlFormatter(), new PlainFormatter(), new OtherTypeFormatter() };
    }

    internal sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public Type Type => typeof(Persona);

        public bool Format(object instance, TextWriter writer)
        {
            writer.Write("<b>" + System.Net.WebUtility.HtmlEncode(((Persona)instance).Name) + "</b>");
            return true;
        }
    }

    internal sealed class PlainFormatter
    {
        public string MimeType => "text/plain";

        public bool Format(object instance, TextWriter writer)
        {
            writer.Write("persona " + ((Persona)instance).Name);
            return true;
        }
    }

    internal sealed class OtherTypeFormatter
    {
        public string MimeType => "text/html";

        public Type Type => typeof(string);

        public bool Format(object instance, TextWriter writer)
        {
            writer.Write("wrong");
            return true;
        }
    }
}
